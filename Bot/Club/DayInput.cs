using System.Globalization;
using System.Text.RegularExpressions;

namespace ClubBot.Club;

/// <summary>
/// A day as people type it, without a time: <c>1 декабря</c>, <c>1 дек</c>, <c>15.12</c>, <c>15.12.2026</c>,
/// <c>сегодня</c>, <c>завтра</c>, <c>послезавтра</c>, <c>в пятницу</c> (the next one, today included), and the same
/// in English (<c>1 december</c>, <c>december 1</c>, <c>tomorrow</c>, <c>on friday</c>). A year-less
/// date that passed within the last <see cref="DateInput.RecentDays"/> days is a slip, refused as past; one
/// that passed longer ago means next year.
/// </summary>
public static partial class DayInput
{
    private static readonly string[] Months = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateInputResult TryParse(string? text, DateOnly today, out DateOnly day)
    {
        day = default;
        var typed = Regex.Replace((text ?? "").Trim().ToLowerInvariant().TrimEnd('.'), @"\s+", " ");
        typed = Regex.Replace(typed, @"^(в|во|на|on) ", "");
        typed = Regex.Replace(typed, @" (г|года?)$", "");
        if (DateInput.DaysAhead(typed) is { } ahead)
        {
            day = today.AddDays(ahead);
            return DateInputResult.Ok;
        }

        if (Array.FindIndex(DateInput.Weekdays, w => w.Contains(typed)) is var weekday and >= 0)
        {
            day = today.AddDays((weekday - (int)today.DayOfWeek + 7) % 7);
            return DateInputResult.Ok;
        }

        var match = Shape().Match(typed) is { Success: true } dayFirst ? dayFirst : MonthFirst().Match(typed);
        if (!match.Success)
            return DateInputResult.Unreadable;
        var name = match.Groups["name"].Value;
        var month = match.Groups["month"].Success
            ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture)
            : Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.Ordinal)) is var ru and >= 0
                ? ru + 1
                : Array.FindIndex(EnglishMonths, m => name.StartsWith(m, StringComparison.Ordinal)) + 1;
        if (DateInput.CalendarDay(match.Groups["day"].Value, month, match.Groups["year"], today, out day) != DateInputResult.Ok)
            return DateInputResult.Impossible;

        return day < today ? DateInputResult.Past : DateInputResult.Ok;
    }

    // «мая» is the only month whose genitive does not start with its three-letter abbreviation («май»), hence «ма».
    [GeneratedRegex(@"^(?<day>\d{1,2})(?:\.(?<month>\d{1,2})(?:\.(?<year>\d{2}|\d{4}))?| (?<name>янв\w*|фев\w*|мар\w*|апр\w*|ма[йя]|июн\w*|июл\w*|авг\w*|сен\w*|окт\w*|ноя\w*|дек\w*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)(?: (?<year>\d{4}))?)$")]
    private static partial Regex Shape();

    /// <summary>The English order, month first: «december 1», «dec 1, 2026».</summary>
    [GeneratedRegex(@"^(?<name>jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*) (?<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>\d{4}))?$")]
    private static partial Regex MonthFirst();
}
