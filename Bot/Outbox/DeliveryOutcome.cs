namespace ClubBot.Outbox;

/// <summary>What one attempt to send an outbox row came to.</summary>
public enum DeliveryResult
{
    Sent,

    /// <summary>429: wait <see cref="DeliveryOutcome.RetryAfter"/> and send again.</summary>
    TooManyRequests,

    /// <summary>5xx, a time-out or a network error: try again later.</summary>
    Transient,

    /// <summary>403: the person blocked the bot or deleted the account.</summary>
    Unreachable,

    /// <summary>Telegram refused this message for good (400 and the like).</summary>
    Rejected,
}

public readonly record struct DeliveryOutcome(DeliveryResult Result, TimeSpan RetryAfter = default, string? Error = null);
