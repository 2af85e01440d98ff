namespace ClubBot.Conversations.Machine;

/// <summary>A move the machine makes: from a state to a state on a trigger (the same state when re-entering).</summary>
public sealed record Transition<TState, TTrigger>(TState Source, TState Destination, TTrigger Trigger, object? Parameter)
{
    public bool IsReentry => EqualityComparer<TState>.Default.Equals(Source, Destination);
}
