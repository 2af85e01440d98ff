namespace ClubBot.Features.Activities;

public enum StaffState
{
    List,
    Card,
    Attendance,
    Remove,
    RemoveConfirm,
    ProxyName,
    ProxyPhone,
    ProxySettlement,
    CancelConfirm,
    Closed,
}

public enum StaffTrigger
{
    Open,
    Back,
    MarkAttendance,
    RemovePerson,
    Pick,
    Confirm,
    AddByPhone,
    Answered,
    CancelActivity,
}

/// <summary>What the coordinator is looking at.</summary>
public sealed class StaffDraft
{
    public int Page { get; set; }

    public long ActivityId { get; set; }

    public long SignUpId { get; set; }

    public string? ProxyName { get; set; }

    public string? ProxyPhone { get; set; }
}
