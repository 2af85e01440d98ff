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

    /// <summary>The dates of a series, to open another one's card.</summary>
    Dates,

    /// <summary>A forum's programme: its sessions by time.</summary>
    Forum,
}

public enum BrowseTrigger
{
    PickKind,
    Open,
    TurnPage,
    Choose,
    Confirm,
    OfferRide,
    ShowDates,
    OpenForum,
    Back,
}

/// <summary>Where the person is in «Куда пойти».</summary>
public sealed class BrowseDraft
{
    public string? Kind { get; set; }

    public int Page { get; set; }

    public long ActivityId { get; set; }

    /// <summary>«На все встречи»: the sign-up is for every date of the card's series.</summary>
    public bool All { get; set; }

    /// <summary>The forum whose programme the card was opened from; 0 otherwise.</summary>
    public long ForumDayId { get; set; }

    /// <summary>The page of a series' dates or of a forum's sessions.</summary>
    public int DatesPage { get; set; }

    /// <summary>The sign-up just made, while the centre's car is offered for it.</summary>
    public long SignUpId { get; set; }
}
