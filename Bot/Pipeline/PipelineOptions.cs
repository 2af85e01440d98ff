namespace ClubBot.Pipeline;

/// <summary>The "Pipeline" section.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Chats handled at the same time; one chat's updates always run one after another.</summary>
    public int MaxParallelChats { get; set; } = 64;

    /// <summary>Most updates whose units of work commit in one transaction.</summary>
    public int CommitBatchSize { get; set; } = 128;

    /// <summary>
    /// How long a unit waits for others to join its transaction. 0 waits only for the commit already under
    /// way, which batches by itself under load and adds nothing when the bot is quiet.
    /// </summary>
    public int CommitWaitMilliseconds { get; set; }

    /// <summary>Updates held in memory, dispatched and not yet handled; the rest wait at Telegram or in the inbox.</summary>
    public int MaxPending { get; set; } = 64;

    /// <summary>Handled updates are kept this long to recognise a redelivery, then removed.</summary>
    public int KeepHandledDays { get; set; } = 7;
}
