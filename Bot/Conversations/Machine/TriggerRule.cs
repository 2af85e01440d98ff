namespace ClubBot.Conversations.Machine;

/// <summary>One line of a state's configuration: on this trigger go there, if the guard allows.</summary>
internal sealed record TriggerRule<TState, TTrigger>(TTrigger Trigger, TState? Destination, bool Reentry, bool Ignore, Func<bool>? Guard, string? GuardDescription, Func<Transition<TState, TTrigger>, Task>? Internal = null)
{
    public bool GuardAllows => Guard?.Invoke() ?? true;
}
