namespace ClubBot.Outbox;

/// <summary>The "Sender" section: Telegram's send limits and how failures are retried.</summary>
public sealed class SenderOptions
{
    public const string Section = "Sender";

    /// <summary>Bulk messages per second over all chats (Telegram allows about 30).</summary>
    public double BulkPerSecond { get; set; } = 30;

    /// <summary>Bulk messages per second to one chat.</summary>
    public double BulkPerChatPerSecond { get; set; } = 1;

    /// <summary>Replies per second to one chat once the burst is spent.</summary>
    public double ReplyPerChatPerSecond { get; set; } = 1;

    /// <summary>Replies one chat may get at once before the per-second rate applies.</summary>
    public int ReplyBurstPerChat { get; set; } = 3;

    /// <summary>Reply requests in flight at once.</summary>
    public int MaxConcurrentReplies { get; set; } = 48;

    /// <summary>Bulk requests in flight at once.</summary>
    public int MaxConcurrentBulk { get; set; } = 16;

    /// <summary>First wait after a 5xx, a time-out or a network error; doubled each time up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public double RetryDelaySeconds { get; set; } = 1;

    public double MaxRetryDelaySeconds { get; set; } = 300;

    /// <summary>How long this instance holds its unsent messages without renewing; another instance takes them over after that.</summary>
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>Unsent messages held in memory at most; more wait in the database and are taken as these go.</summary>
    public int MaxInMemory { get; set; } = 2000;

    /// <summary>A message still failing this long after it was queued is dropped: by then it is stale.</summary>
    public double GiveUpAfterHours { get; set; } = 24;
}
