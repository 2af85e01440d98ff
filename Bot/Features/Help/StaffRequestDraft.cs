namespace ClubBot.Features.Help;

public enum StaffRequestsState
{
    Statuses,
    List,
    Card,
    Closed,
}

public enum StaffRequestsTrigger
{
    PickStatus,
    Open,
    TurnPage,
    Change,
    Back,
}

/// <summary>What the coordinator is looking at.</summary>
public sealed class StaffRequestDraft
{
    public RequestStatus Status { get; set; }

    public int Page { get; set; }

    public long RequestId { get; set; }
}

/// <summary>A coordinator's typed answer about one request (a message, a pickup time).</summary>
public sealed class RequestAnswerDraft
{
    public long RequestId { get; set; }

    public string Text { get; set; } = "";
}
