using System.Globalization;
using ClubBot.Club;

namespace ClubBot.Features.Activities;

/// <summary>How each typed field of an activity is read: the value, or the resx key of a precise error.</summary>
public sealed class EditorFields(ClubTime clock, TimeProvider time)
{
    public static readonly EditorState[] Order =
    [
        EditorState.Kind, EditorState.Title, EditorState.Starts, EditorState.Ends, EditorState.Place, EditorState.Settlement,
        EditorState.Capacity, EditorState.Price, EditorState.Accessibility, EditorState.Description,
    ];

    /// <summary>Fields that may stay empty; their step offers a button to leave them so.</summary>
    public static bool IsOptional(EditorState field) =>
        field is EditorState.Place or EditorState.Settlement or EditorState.Capacity or EditorState.Price or EditorState.Accessibility or EditorState.Description;

    /// <summary>Applies typed text to the draft; returns null when taken, or the key of what was wrong.</summary>
    public string? Apply(EditorState field, string text, ActivityDraft d)
    {
        var now = time.GetUtcNow().UtcDateTime;
        switch (field)
        {
            case EditorState.Title:
                return Text(text, 3, 150, v => d.Title = v, "TitleInvalid");
            case EditorState.Starts:
                var started = DateInput.TryParse(text, now, clock.Zone, out var starts);
                if (started != DateInputResult.Ok)
                    return started == DateInputResult.Past ? "DatePast" : "DateUnreadable";
                var length = d.EndsAt - d.StartsAt;
                d.StartsAt = starts;
                // Moving the start keeps the length, so a changed date does not leave the end behind.
                d.EndsAt = length is { } keep && keep > TimeSpan.Zero ? starts + keep : null;
                return null;
            case EditorState.Ends:
                var ends = EndOf(text, d.StartsAt!.Value, now);
                if (ends is null)
                    return "EndUnreadable";
                if (ends <= d.StartsAt)
                    return "EndBeforeStart";
                d.EndsAt = ends;
                return null;
            case EditorState.Place:
                return Text(text, 2, 200, v => d.Place = v, "ActivityPlaceInvalid");
            case EditorState.Settlement:
                return Text(text, 2, 100, v => d.Settlement = v, "ActivitySettlementInvalid");
            case EditorState.Capacity:
                return Number(text, 1, 1000, v => d.Capacity = v) ? null : "CapacityInvalid";
            case EditorState.Price:
                return Number(text, 1, 1_000_000, v => d.Price = v) ? null : "PriceInvalid";
            case EditorState.Accessibility:
                return Text(text, 2, 500, v => d.Accessibility = v, "AccessibilityInvalid");
            case EditorState.Description:
                return Text(text, 2, 2000, v => d.Description = v, "DescriptionInvalid");
            default:
                return "UseButtons";
        }
    }

    /// <summary>
    /// The examples the date prompts and errors show, computed from today so each one typed as shown is taken:
    /// {0} a day a week ahead («09.12»), {1} the same with its year, {2} the start's day, {3} a time two hours after the start.
    /// </summary>
    public object[] Examples(ActivityDraft d)
    {
        var weekAhead = clock.ToLocal(time.GetUtcNow().UtcDateTime).Date.AddDays(7);
        var start = d.StartsAt is { } s ? clock.ToLocal(s) : weekAhead.AddHours(14);
        var end = start.AddHours(2).Date == start.Date ? start.AddHours(2) : start.Date.AddHours(23).AddMinutes(59);
        return [weekAhead.ToString("dd.MM", CultureInfo.InvariantCulture), weekAhead.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            start.ToString("dd.MM", CultureInfo.InvariantCulture), end.ToString("H:mm", CultureInfo.InvariantCulture)];
    }

    /// <summary>Leaves an optional field empty (no limit, free, no notes).</summary>
    public static void Clear(EditorState field, ActivityDraft d)
    {
        switch (field)
        {
            case EditorState.Place: d.Place = null; break;
            case EditorState.Settlement: d.Settlement = null; break;
            case EditorState.Capacity: d.Capacity = null; break;
            case EditorState.Price: d.Price = null; break;
            case EditorState.Accessibility: d.Accessibility = null; break;
            case EditorState.Description: d.Description = null; break;
        }
    }

    public string? Current(EditorState field, ActivityDraft d) => field switch
    {
        EditorState.Title => d.Title,
        EditorState.Starts => d.StartsAt is { } s ? clock.Describe(s) : null,
        EditorState.Ends => d.EndsAt is { } e ? clock.Describe(e) : null,
        EditorState.Place => d.Place,
        EditorState.Settlement => d.Settlement,
        EditorState.Capacity => d.Capacity?.ToString(CultureInfo.InvariantCulture),
        EditorState.Price => d.Price?.ToString(CultureInfo.InvariantCulture),
        EditorState.Accessibility => d.Accessibility,
        EditorState.Description => d.Description,
        _ => null,
    };

    /// <summary>"16:00" on the day it starts, or a full day and time.</summary>
    private DateTime? EndOf(string text, DateTime startsUtc, DateTime now)
    {
        if (TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            var day = clock.ToLocal(startsUtc).Date + t.ToTimeSpan();
            return clock.ToUtc(day);
        }

        return DateInput.TryParse(text, now, clock.Zone, out var utc) == DateInputResult.Ok ? utc : null;
    }

    private static string? Text(string text, int min, int max, Action<string> set, string error)
    {
        var value = text.Trim();
        if (value.Length < min || value.Length > max || !value.Any(char.IsLetterOrDigit))
            return error;
        set(value);
        return null;
    }

    private static bool Number(string text, int min, int max, Action<int?> set)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            return false;
        set(n);
        return true;
    }
}
