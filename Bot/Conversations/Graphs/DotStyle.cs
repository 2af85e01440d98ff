using Stateless.Graph;
using Stateless.Reflection;

namespace ClubBot.Conversations.Graphs;

/// <summary>
/// Stateless's UML DOT style, with one change: an internal transition (a page turn, a toggle) is drawn without
/// a guard. Stateless guards every async internal transition with an always-true function of its own, which
/// takes no description and would read «Function»; it is no condition.
/// </summary>
public sealed class DotStyle : UmlDotGraphStyle
{
    public static string Format(StateMachineInfo info) => new StateGraph(info).ToGraph(new DotStyle());

    public override List<string> FormatAllTransitions(List<Transition> transitions) =>
        transitions.SelectMany(t => t is StayTransition { ExecuteEntryExitActions: false } stay
            ? [FormatOneTransition(stay.SourceState.NodeName, stay.Trigger.UnderlyingTrigger.ToString(), null, stay.SourceState.NodeName, [])]
            : base.FormatAllTransitions([t])).ToList();
}
