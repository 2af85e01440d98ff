namespace ClubBot.Features.Help;

/// <summary>Who reads a request's card, which decides what it shows.</summary>
public enum CardReader
{
    /// <summary>The person who asked: everything, the price too.</summary>
    Owner,

    /// <summary>A coordinator: everything.</summary>
    Staff,

    /// <summary>The volunteer who took it: how to reach the person, not the price.</summary>
    Volunteer,

    /// <summary>A volunteer nearby deciding whether to take it: what and where, no name, phone or address.</summary>
    Nearby,
}
