namespace ClubBot.People;

/// <summary>How a person registered by staff gave consent to the processing of their data.</summary>
public enum ConsentWay
{
    /// <summary>Said yes to the coordinator, in person or on the phone.</summary>
    Oral = 1,

    /// <summary>Signed the centre's paper form.</summary>
    Paper = 2,
}
