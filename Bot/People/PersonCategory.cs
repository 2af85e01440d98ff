namespace ClubBot.People;

/// <summary>Who the person is for the centre's reports.</summary>
public enum PersonCategory
{
    Pensioner = 1,
    Disability = 2,
    Other = 3,
}
