namespace ClubBot.Features.Activities;

public enum StaffState
{
    List,
    Card,
    CancelScope,
    CancelReason,
    CancelConfirm,
    Closed,
}

public enum StaffTrigger
{
    Open,
    TurnPage,
    CancelActivity,
    Scoped,
    Answered,
    Keep,
    Confirm,
    Back,
}

/// <summary>The states of the card's sub-screens: attendance, removal and a sign-up by phone.</summary>
public enum CardTaskState
{
    Marking,
    Pick,
    Confirm,
    Name,
    Phone,
    Settlement,
    Consent,
    Card,
}

public enum CardTaskTrigger
{
    Mark,
    TurnPage,
    Pick,
    Confirm,
    Answered,
    Back,
}

/// <summary>What the coordinator is looking at: the activity, a page, the person picked, the person added by phone.</summary>
public sealed class StaffDraft
{
    public int Page { get; set; }

    public long ActivityId { get; set; }

    public long SignUpId { get; set; }

    public string? ProxyName { get; set; }

    public string? ProxyPhone { get; set; }

    public string? ProxySettlement { get; set; }

    /// <summary>Dates of the activity's series after it; 0 for a one-off.</summary>
    public int FollowingCount { get; set; }

    /// <summary>The cancellation takes the dates after this one too.</summary>
    public bool WithFollowing { get; set; }

    /// <summary>Why the activity is cancelled, passed on to those signed up; null when the coordinator gave none.</summary>
    public string? CancelReason { get; set; }
}
