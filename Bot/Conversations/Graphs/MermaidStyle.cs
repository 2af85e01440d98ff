using System.Text;
using Stateless.Reflection;

namespace ClubBot.Conversations.Graphs;

/// <summary>
/// A Mermaid state diagram of a machine, which GitHub draws inside README: titled with the flow's name, starting
/// at the machine's initial state, and marking states with no way out as final. Stateless's own
/// <c>MermaidGraph</c> has neither a title nor final states; the model is Stateless's all the same.
/// </summary>
public static class MermaidStyle
{
    public static string Format(StateMachineInfo info, string name)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(name).Append("\n---\n");
        text.Append("stateDiagram-v2\n");
        text.Append("  [*] --> ").Append(info.InitialState.UnderlyingState).Append('\n');
        foreach (var state in info.States)
            foreach (var t in state.FixedTransitions)
                text.Append("  ").Append(state.UnderlyingState).Append(" --> ").Append(t.DestinationState.UnderlyingState)
                    .Append(" : ").Append(Escape(Label(t))).Append('\n');
        foreach (var state in info.States.Where(s => !s.FixedTransitions.Any()))
            text.Append("  ").Append(state.UnderlyingState).Append(" --> [*]\n");
        return text.ToString();
    }

    /// <summary>
    /// The trigger, the guard in brackets, and «(stays)» for an internal transition, whose guard is Stateless's
    /// own always-true function (see <see cref="DotStyle"/>) and is left out.
    /// </summary>
    public static string Label(FixedTransitionInfo t)
    {
        var guards = t.IsInternalTransition ? [] : t.GuardConditionsMethodDescriptions.Select(g => g.Description).ToList();
        var label = guards.Count == 0 ? t.Trigger.UnderlyingTrigger.ToString()! : $"{t.Trigger.UnderlyingTrigger} [{string.Join(", ", guards)}]";
        return t.IsInternalTransition ? label + " (stays)" : label;
    }

    // A colon or a semicolon would end the label early in Mermaid.
    private static string Escape(string label) =>
        string.Concat(label.Select(c => c switch { ':' => "#58;", ';' => "#59;", _ => c.ToString() }));
}
