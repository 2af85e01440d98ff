namespace ClubBot.People;

/// <summary>A role given in the bot. Administrators are not here: they are named in <c>Club:Admins</c> and cannot be revoked in the bot.</summary>
public enum StaffRole
{
    None = 0,
    Coordinator = 1,
}
