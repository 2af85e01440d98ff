namespace ClubBot.Conversations;

/// <summary>Who is talking, as far as menus care.</summary>
public sealed record Audience(bool IsRegistered, bool IsStaff, bool IsVolunteer = false, bool IsAdmin = false)
{
    public bool IsGuest => !IsRegistered && !IsStaff;
}
