namespace ClubBot.Features.Activities;

/// <summary>
/// The dates of a series, in the club's local time: from the first meeting, every chosen weekday, until a date or for a
/// number of meetings, never past a year after the first — so a typo cannot fill the catalogue for a decade.
/// </summary>
public static class SeriesPlan
{
    public static int Bit(DayOfWeek day) => 1 << (int)day;

    public static bool Has(int weekdays, DayOfWeek day) => (weekdays & Bit(day)) != 0;

    /// <summary>The last day a series beginning on <paramref name="first"/> may meet.</summary>
    public static DateOnly LastAllowed(DateOnly first) => first.AddYears(1);

    /// <summary>The local start of every meeting: the first one, then each chosen weekday after it.</summary>
    public static List<DateTime> Starts(DateTime firstLocal, int weekdays, DateOnly? until, int? count)
    {
        var first = DateOnly.FromDateTime(firstLocal);
        var last = until is { } u && u < LastAllowed(first) ? u : LastAllowed(first);
        var starts = new List<DateTime>();
        for (var day = first; day <= last && (count is null || starts.Count < count); day = day.AddDays(1))
            if (day == first || Has(weekdays, day.DayOfWeek))
                starts.Add(day.ToDateTime(TimeOnly.FromDateTime(firstLocal)));
        return starts;
    }

    /// <summary>Weekdays Monday first, as a week is printed in Russia.</summary>
    public static IEnumerable<DayOfWeek> Week() =>
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
