namespace ClubBot.Conversations;

/// <summary>Who is talking, as far as menus care.</summary>
public sealed record Audience(bool IsRegistered, bool IsStaff, bool IsVolunteer = false)
{
    public bool IsGuest => !IsRegistered && !IsStaff;
}
