namespace ClubBot.Features.Activities;

public enum BrowseState
{
    Kinds,
    List,
    Card,
    Confirm,
    Done,
    RideOffer,
    Closed,
}

public enum BrowseTrigger
{
    PickKind,
    Open,
    TurnPage,
    Choose,
    Confirm,
    OfferRide,
    Back,
}

/// <summary>Where the person is in «Куда пойти».</summary>
public sealed class BrowseDraft
{
    public string? Kind { get; set; }

    public int Page { get; set; }

    public long ActivityId { get; set; }

    /// <summary>The sign-up just made, while the centre's car is offered for it.</summary>
    public long SignUpId { get; set; }
}
