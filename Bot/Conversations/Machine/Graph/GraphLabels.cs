using ClubBot.Conversations.Machine.Reflection;

namespace ClubBot.Conversations.Machine.Graph;

/// <summary>The words on an arrow, the same in every format.</summary>
internal static class GraphLabels
{
    public static string Transition(TransitionInfo t)
    {
        var label = t.GuardDescription is null ? t.Trigger : $"{t.Trigger} [{t.GuardDescription}]";
        return t.IsInternal ? label + " (stays)" : label;
    }
}
