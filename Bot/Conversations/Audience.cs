namespace ClubBot.Conversations;

/// <summary>Who is talking, as far as menus care.</summary>
public sealed record Audience(bool IsRegistered, bool IsStaff, bool IsVolunteer = false, bool IsAdmin = false)
{
    public bool IsGuest => !IsRegistered && !IsStaff;

    /// <summary>Who <paramref name="person"/> is now; administrators are named in configuration, not in the record.</summary>
    public static Audience Of(People.Person? person, bool isAdmin) => new(
        person?.IsRegistered == true,
        isAdmin || person is { Role: People.StaffRole.Coordinator, ErasedAt: null },
        person is { Volunteer: People.VolunteerStatus.Approved, IsRegistered: true },
        isAdmin);
}
