namespace ClubBot.Features.Activities;

/// <summary>The fields of an activity, asked in this order when creating one.</summary>
public enum EditorState
{
    Kind,
    Title,
    Starts,
    Ends,
    Place,
    Settlement,
    Capacity,
    Price,
    Accessibility,
    Description,
    Summary,
    Saved,
    Closed,

    /// <summary>A new activity's weekdays to repeat on (a series).</summary>
    RepeatDays,

    /// <summary>The series' last date or its number of meetings.</summary>
    RepeatEnd,

    /// <summary>A date of a series being saved: only it, or it and the dates after it.</summary>
    Scope,

    /// <summary>A new activity's forum, when it is one of the event's parallel sessions.</summary>
    Forum,
}

public enum EditorTrigger
{
    Answered,
    Back,
    Edit,
    Save,
    TurnPage,
    Repeat,
    Toggle,
    PickForum,
}

/// <summary>The activity being created or changed, kept in the session until «Сохранить».</summary>
public sealed class ActivityDraft
{
    /// <summary>0 for a new activity.</summary>
    public long ActivityId { get; set; }

    /// <summary>The version read when editing began; a save over someone else's change is refused.</summary>
    public int Version { get; set; }

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public DateTime? StartsAt { get; set; }

    public DateTime? EndsAt { get; set; }

    public string? Place { get; set; }

    public string? Settlement { get; set; }

    public int? Capacity { get; set; }

    public int? Price { get; set; }

    public string? Accessibility { get; set; }

    public string? Description { get; set; }

    public bool Editing { get; set; }

    public EditorState EditTarget { get; set; }

    /// <summary>The page of the summary's field buttons.</summary>
    public int Page { get; set; }

    /// <summary>A new series' weekdays, one bit per <see cref="DayOfWeek"/>; 0 for a single date.</summary>
    public int RepeatDays { get; set; }

    /// <summary>A new series' last day, or null when it is counted in meetings.</summary>
    public DateOnly? RepeatUntil { get; set; }

    public int? RepeatCount { get; set; }

    /// <summary>A new activity repeats once its days and its end are both given.</summary>
    public bool Repeats => RepeatDays != 0 && (RepeatUntil is not null || RepeatCount is not null);

    /// <summary>The forum a new session joins; 0 with a <see cref="ForumTitle"/> for a forum to be created with it.</summary>
    public long ForumDayId { get; set; }

    /// <summary>The forum's name; null when the activity is not a forum's session.</summary>
    public string? ForumTitle { get; set; }

    /// <summary>Dates of the series after the one being changed; 0 for a one-off.</summary>
    public int FollowingCount { get; set; }

    /// <summary>The change goes to the dates after this one too.</summary>
    public bool WithFollowing { get; set; }

    public static ActivityDraft From(Activity a) => new()
    {
        ActivityId = a.Id,
        Version = a.Version,
        Kind = a.Kind,
        Title = a.Title,
        StartsAt = a.StartsAt,
        EndsAt = a.EndsAt,
        Place = a.Place,
        Settlement = a.Settlement,
        Capacity = a.Capacity,
        Price = a.Price,
        Accessibility = a.Accessibility,
        Description = a.Description,
        Editing = true,
    };

    public void ApplyTo(Activity a)
    {
        a.Kind = Kind!;
        a.Title = Title!;
        a.StartsAt = StartsAt!.Value;
        a.EndsAt = EndsAt!.Value;
        a.Place = Place;
        a.Settlement = Settlement;
        a.Capacity = Capacity;
        a.Price = Price;
        a.Accessibility = Accessibility;
        a.Description = Description;
    }
}
