namespace ClubBot.Features.Activities;

public enum BrowseState
{
    Kinds,
    List,
    Card,
    Confirm,
    Done,
    Closed,
}

public enum BrowseTrigger
{
    PickKind,
    Open,
    TurnPage,
    Choose,
    Confirm,
    Back,
}

/// <summary>Where the person is in «Куда пойти».</summary>
public sealed class BrowseDraft
{
    public string? Kind { get; set; }

    public int Page { get; set; }

    public long ActivityId { get; set; }
}
