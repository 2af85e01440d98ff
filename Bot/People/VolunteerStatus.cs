namespace ClubBot.People;

/// <summary>Where a person stands as a (silver) volunteer.</summary>
public enum VolunteerStatus
{
    None = 0,
    Applied = 1,
    Approved = 2,
    Rejected = 3,
}
