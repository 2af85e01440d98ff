namespace ClubBot.Features.Broadcast;

public enum BroadcastStep
{
    Write,
    ChooseAudience,
    Group,
    Preview,
    Queued,
    Closed,
}

public enum BroadcastTrigger
{
    Written,
    PickGroup,
    Chosen,
    Confirm,
    Edit,
    TurnPage,
    Back,
}

/// <summary>The broadcast being prepared.</summary>
public sealed class BroadcastDraft
{
    public string Text { get; set; } = "";

    public string? PhotoFileId { get; set; }

    public AudienceKind Kind { get; set; }

    /// <summary>The settlement, the interest, the activity's id or the number of days.</summary>
    public string? Argument { get; set; }

    public string AudienceText { get; set; } = "";

    /// <summary>The page of the group buttons.</summary>
    public int Page { get; set; }
}
