namespace ClubBot.Audit;

/// <summary>The codes of recorded changes; the journal shows each in words (resx key «Audit.{code}»).</summary>
public static class AuditActions
{
    public const string ActivityCreate = "activity.create";
    public const string ActivityEdit = "activity.edit";
    public const string ActivityCancel = "activity.cancel";
    public const string Attendance = "attendance.mark";
    public const string SignUpByPhone = "signup.by-phone";
    public const string SignUpRemove = "signup.remove";
    public const string RequestAssign = "request.assign";
    public const string RequestStatus = "request.status";
    public const string RidePickup = "request.pickup";
    public const string RoleGrant = "role.grant";
    public const string RoleRevoke = "role.revoke";
    public const string Broadcast = "broadcast.send";
    public const string DataErased = "privacy.erase";

    public static readonly IReadOnlyList<string> All =
        [ActivityCreate, ActivityEdit, ActivityCancel, Attendance, SignUpByPhone, SignUpRemove, RequestAssign, RequestStatus, RidePickup, RoleGrant, RoleRevoke, Broadcast, DataErased];
}
