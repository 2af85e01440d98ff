using System.Text;
using ClubBot.Conversations.Machine.Reflection;

namespace ClubBot.Conversations.Machine.Graph;

/// <summary>
/// Renders a machine's shape as a Mermaid state diagram, which GitHub draws inside a README. States with no way
/// out are marked as final, and the machine's current state is where the diagram starts.
/// </summary>
public sealed class MermaidGraph : IGraphStyle
{
    public string Format => "mermaid";

    string IGraphStyle.Render(StateMachineInfo info, string name) => Render(info, name);

    public static string Render(StateMachineInfo info, string name = "machine")
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(name).Append("\n---\n");
        text.Append("stateDiagram-v2\n");
        text.Append("  [*] --> ").Append(info.Current).Append('\n');
        foreach (var state in info.States)
            foreach (var t in state.Transitions)
                text.Append("  ").Append(state.Name).Append(" --> ").Append(t.Destination)
                    .Append(" : ").Append(Escape(GraphLabels.Transition(t))).Append('\n');
        foreach (var state in info.States.Where(s => s.Transitions.Count == 0))
            text.Append("  ").Append(state.Name).Append(" --> [*]\n");
        return text.ToString();
    }

    // A colon or a semicolon would end the label early in Mermaid.
    private static string Escape(string label) =>
        string.Concat(label.Select(c => c switch { ':' => "#58;", ';' => "#59;", _ => c.ToString() }));
}
