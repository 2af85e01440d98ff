using System.Globalization;
using System.Text.RegularExpressions;

namespace ClubBot.Club;

public enum DateInputResult
{
    Ok,

    /// <summary>Not a date and time we know how to read.</summary>
    Unreadable,

    /// <summary>Read, but no such day or time (31.02, 25:00).</summary>
    Impossible,

    /// <summary>Already over.</summary>
    Past,
}

/// <summary>
/// A day and time as coordinators type them, read in the club's zone: <c>25.12 14:00</c>, <c>25.12.2026 14:00</c>,
/// <c>завтра 10:00</c>, <c>сегодня 18:30</c>, <c>послезавтра 9:00</c>, <c>пн 11:00</c> or <c>понедельник 11:00</c>
/// (the next such day; today if the time is still ahead), and the same in English (<c>tomorrow 10:00</c>,
/// <c>mon 11:00</c>, <c>friday at 9:30</c>) for a club whose interface speaks it. A date without a year that passed within the last
/// <see cref="RecentDays"/> days is refused as past (a slip, not a plan a year ahead); one that passed longer ago
/// means next year (<c>05.01</c> typed in December).
/// </summary>
public static partial class DateInput
{
    /// <summary>How far back a year-less date still reads as a mistake rather than next year's date.</summary>
    public const int RecentDays = 92;

    /// <summary>Each weekday's short and full names in Russian and English, as people type them, Sunday first (as <see cref="DayOfWeek"/>).</summary>
    internal static readonly string[][] Weekdays =
    [
        ["вс", "воскресенье", "sun", "sunday"], ["пн", "понедельник", "mon", "monday"], ["вт", "вторник", "tue", "tuesday"],
        ["ср", "среда", "среду", "wed", "wednesday"], ["чт", "четверг", "thu", "thursday"], ["пт", "пятница", "пятницу", "fri", "friday"],
        ["сб", "суббота", "субботу", "sat", "saturday"],
    ];

    /// <summary>Today, tomorrow and the day after as words, in Russian and English: how many days ahead each is.</summary>
    internal static int? DaysAhead(string word) => word switch
    {
        "сегодня" or "today" => 0,
        "завтра" or "tomorrow" => 1,
        "послезавтра" or "the day after tomorrow" or "day after tomorrow" => 2,
        _ => null,
    };

    public static DateInputResult TryParse(string? text, DateTime nowUtc, TimeZoneInfo zone, out DateTime utc)
    {
        utc = default;
        var match = Shape().Match((text ?? "").Trim().ToLowerInvariant());
        if (!match.Success)
            return DateInputResult.Unreadable;

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
            return DateInputResult.Impossible;

        var today = ZoneTime.ToLocal(nowUtc, zone);
        var time = new TimeSpan(hour, minute, 0);
        DateTime local;
        if (match.Groups["day"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (CalendarDay(match.Groups["day"].Value, month, match.Groups["year"], DateOnly.FromDateTime(today), out var day) != DateInputResult.Ok)
                return DateInputResult.Impossible;
            local = day.ToDateTime(TimeOnly.FromTimeSpan(time));
        }
        else
        {
            var word = match.Groups["word"].Value;
            local = DaysAhead(word) is { } ahead
                ? today.Date.AddDays(ahead) + time
                : NextWeekday(today, Array.FindIndex(Weekdays, w => w.Contains(word)), time);
        }

        if (!ZoneTime.Exists(local, zone))
            return DateInputResult.Impossible;
        utc = ZoneTime.ToUtc(local, zone);
        return utc <= nowUtc ? DateInputResult.Past : DateInputResult.Ok;
    }

    /// <summary>
    /// The day a typed day of the month, month and optional year stand for: a two-digit year is this century; a
    /// date without a year that passed more than <see cref="RecentDays"/> days ago means next year. Impossible
    /// when there is no such day (31.11, 29.02 of a common year).
    /// </summary>
    internal static DateInputResult CalendarDay(string dayText, int month, Group yearText, DateOnly today, out DateOnly day)
    {
        day = default;
        var dayOfMonth = int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = yearText.Success ? int.Parse(yearText.Value, CultureInfo.InvariantCulture) : today.Year;
        if (year < 100)
            year += 2000;
        if (month is < 1 or > 12 || year is < 2000 or > 2100 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return DateInputResult.Impossible;
        day = new DateOnly(year, month, dayOfMonth);
        if (yearText.Success || today.DayNumber - day.DayNumber <= RecentDays)
            return DateInputResult.Ok;
        if (dayOfMonth > DateTime.DaysInMonth(year + 1, month))
            return DateInputResult.Impossible;
        day = new DateOnly(year + 1, month, dayOfMonth);
        return DateInputResult.Ok;
    }

    private static DateTime NextWeekday(DateTime today, int weekday, TimeSpan time)
    {
        var days = ((weekday - (int)today.DayOfWeek) + 7) % 7;
        var candidate = today.Date.AddDays(days) + time;
        return candidate <= today ? candidate.AddDays(7) : candidate;
    }

    [GeneratedRegex(@"^(?:(?<day>\d{1,2})\.(?<month>\d{1,2})(?:\.(?<year>\d{2}|\d{4}))?|(?<word>сегодня|завтра|послезавтра|пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|today|tomorrow|(?:the\s+)?day\s+after\s+tomorrow|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?:\s+(?:в|at))?\s+(?<h>\d{1,2})[:.](?<m>\d{2})$")]
    private static partial Regex Shape();
}
