namespace ClubBot.Pipeline;

/// <summary>The "Pipeline" section.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Chats handled at the same time; one chat's updates always run one after another.</summary>
    public int MaxParallelChats { get; set; } = 8;

    /// <summary>Handled updates are kept this long to recognise a redelivery, then removed.</summary>
    public int KeepHandledDays { get; set; } = 7;
}
