using System.Globalization;
using System.Text.RegularExpressions;

namespace ClubBot.Club;

/// <summary>
/// A day as people type it, without a time: <c>1 декабря</c>, <c>1 дек</c>, <c>15.12</c>, <c>15.12.2026</c>,
/// <c>сегодня</c>, <c>завтра</c>, <c>послезавтра</c>, <c>в пятницу</c> (the next one, today included). A year-less
/// date that passed within the last <see cref="DateInput.RecentDays"/> days is a slip, refused as past; one
/// that passed longer ago means next year.
/// </summary>
public static partial class DayInput
{
    private static readonly string[] Months = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    public static DateInputResult TryParse(string? text, DateOnly today, out DateOnly day)
    {
        day = default;
        var typed = Regex.Replace((text ?? "").Trim().ToLowerInvariant().TrimEnd('.'), @"\s+", " ");
        typed = Regex.Replace(typed, @"^(в|во|на) ", "");
        typed = Regex.Replace(typed, @" (г|года?)$", "");
        switch (typed)
        {
            case "сегодня":
                day = today;
                return DateInputResult.Ok;
            case "завтра":
                day = today.AddDays(1);
                return DateInputResult.Ok;
            case "послезавтра":
                day = today.AddDays(2);
                return DateInputResult.Ok;
        }

        if (Array.FindIndex(DateInput.Weekdays, w => w.Contains(typed)) is var weekday and >= 0)
        {
            day = today.AddDays((weekday - (int)today.DayOfWeek + 7) % 7);
            return DateInputResult.Ok;
        }

        var match = Shape().Match(typed);
        if (!match.Success)
            return DateInputResult.Unreadable;
        var dayOfMonth = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success
            ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture)
            : Array.FindIndex(Months, m => match.Groups["name"].Value.StartsWith(m, StringComparison.Ordinal)) + 1;
        var hasYear = match.Groups["year"].Success;
        var year = hasYear ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : today.Year;
        if (year < 100)
            year += 2000;
        if (month is < 1 or > 12 || year is < 2000 or > 2100 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return DateInputResult.Impossible;
        day = new DateOnly(year, month, dayOfMonth);
        if (!hasYear && day < today && today.DayNumber - day.DayNumber > DateInput.RecentDays)
        {
            if (dayOfMonth > DateTime.DaysInMonth(year + 1, month))
                return DateInputResult.Impossible;
            day = new DateOnly(year + 1, month, dayOfMonth);
        }

        return day < today ? DateInputResult.Past : DateInputResult.Ok;
    }

    // «мая» is the only month whose genitive does not start with its three-letter abbreviation («май»), hence «ма».
    [GeneratedRegex(@"^(?<day>\d{1,2})(?:\.(?<month>\d{1,2})(?:\.(?<year>\d{2}|\d{4}))?| (?<name>янв\w*|фев\w*|мар\w*|апр\w*|ма[йя]|июн\w*|июл\w*|авг\w*|сен\w*|окт\w*|ноя\w*|дек\w*)(?: (?<year>\d{4}))?)$")]
    private static partial Regex Shape();
}
