namespace ClubBot.Conversations.Machine;

public enum FireOutcome
{
    /// <summary>The machine moved, re-entered its state or ran an internal transition.</summary>
    Moved,

    /// <summary>The state ignores this trigger on purpose; nothing happened.</summary>
    Ignored,

    /// <summary>The state has no rule for this trigger; nothing happened.</summary>
    NotPermitted,

    /// <summary>A rule exists but its guard said no; nothing happened.</summary>
    GuardFailed,
}

/// <summary>What firing a trigger did. Refusals are ordinary results, because a person pressing an old button is ordinary.</summary>
public sealed record FireResult<TState>(FireOutcome Outcome, TState State, string? GuardDescription = null)
{
    public bool Moved => Outcome == FireOutcome.Moved;
}
