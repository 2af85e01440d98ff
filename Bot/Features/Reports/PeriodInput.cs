using System.Globalization;
using System.Text.RegularExpressions;

namespace ClubBot.Features.Reports;

/// <summary>
/// A period typed by a coordinator: «01.10–31.12», «01.10.2025-31.03.2026», «2026», «III квартал», «3 кв 2025»,
/// «октябрь», «октябрь 2025», and in English «Q3», «Q3 2025», «3rd quarter», «October 2025». On failure, the key of a text that says what is wrong.
/// </summary>
public static partial class PeriodInput
{
    public const string Invalid = "PeriodInvalid";
    public const string InFuture = "PeriodInFuture";
    public const string Backwards = "PeriodBackwards";
    public const string TooLong = "PeriodTooLong";

    private static readonly string[] Romans = ["I", "II", "III", "IV"];

    public static (ReportPeriod? Period, string? Error) Parse(string? text, DateOnly today, CultureInfo culture)
    {
        var t = (text ?? "").Trim().ToLowerInvariant();
        var (period, error) = t switch
        {
            _ when YearOnly().Match(t) is { Success: true } m => (ReportPeriod.Year(int.Parse(m.Value, CultureInfo.InvariantCulture)), null),
            _ when QuarterText().Match(t) is { Success: true } m => Quarter(m, today),
            _ when EnglishQuarterText().Match(t) is { Success: true } m => Quarter(m, today),
            _ when RangeText().Match(t) is { Success: true } m => Range(m, today),
            _ when MonthText().Match(t) is { Success: true } m => Month(m, today, culture),
            _ => ((ReportPeriod?)null, Invalid),
        };
        if (period is null)
            return (null, error);
        if (period.From > today)
            return (null, InFuture);
        return period.Days > 3 * 366 ? (null, TooLong) : (period, null);
    }

    private static (ReportPeriod?, string?) Quarter(Match m, DateOnly today)
    {
        var number = m.Groups[1].Value.ToUpperInvariant();
        var quarter = int.TryParse(number, out var n) ? n : Array.IndexOf(Romans, number) + 1;
        var year = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : today.Year;
        return quarter is >= 1 and <= 4 && year is >= 2000 and <= 2100 ? (ReportPeriod.Quarter(year, quarter), null) : (null, Invalid);
    }

    private static (ReportPeriod?, string?) Range(Match m, DateOnly today)
    {
        var fromYear = Year(m.Groups[3], today.Year);
        var toYear = Year(m.Groups[6], fromYear);
        if (!TryDate(fromYear, m.Groups[2], m.Groups[1], out var from) || !TryDate(toYear, m.Groups[5], m.Groups[4], out var to))
            return (null, Invalid);
        // «01.11–31.01» without years spans the new year.
        if (to < from && !m.Groups[3].Success && !m.Groups[6].Success)
            from = from.AddYears(-1);
        return to < from ? (null, Backwards) : (ReportPeriod.Range(from, to), null);
    }

    private static (ReportPeriod?, string?) Month(Match m, DateOnly today, CultureInfo culture)
    {
        // The interface's month names first, then Russian and English: a club's staff may type either.
        var month = new[] { culture, Russian, CultureInfo.InvariantCulture }.Select(c => MonthNumber(c, m.Groups[1].Value)).FirstOrDefault(n => n > 0);
        if (month == 0)
            return (null, Invalid);
        var year = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : today.Year;
        return (ReportPeriod.Month(year, month), null);
    }

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>1–12 for a month's name (nominative or genitive) in <paramref name="culture"/>, else 0.</summary>
    private static int MonthNumber(CultureInfo culture, string typed)
    {
        var names = culture.DateTimeFormat.MonthNames.Concat(culture.DateTimeFormat.MonthGenitiveNames).Select(n => n.ToLowerInvariant()).ToList();
        var index = names.IndexOf(typed);
        return index < 0 || names[index].Length == 0 ? 0 : index % 13 + 1;
    }

    private static int Year(Group group, int fallback) =>
        !group.Success ? fallback : group.Value.Length == 2 ? 2000 + int.Parse(group.Value, CultureInfo.InvariantCulture) : int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static bool TryDate(int year, Group month, Group day, out DateOnly date)
    {
        date = default;
        var (m, d) = (int.Parse(month.Value, CultureInfo.InvariantCulture), int.Parse(day.Value, CultureInfo.InvariantCulture));
        if (year is < 2000 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, m))
            return false;
        date = new DateOnly(year, m, d);
        return true;
    }

    [GeneratedRegex(@"^(?:19|20|21)\d\d$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^([1-4]|i{1,3}|iv)\s*(?:-?й\s*)?(?:кв\.?|квартал)(?:\s+(\d{4}))?(?:\s*г(?:ода?|\.)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterText();

    /// <summary>«q3», «q3 2025», «3rd quarter», «quarter 3 2025»: the same groups as <see cref="QuarterText"/>.</summary>
    [GeneratedRegex(@"^(?=q|quarter|[1-4](?:st|nd|rd|th)?\s+quarter)(?:q\s*|quarter\s+)?([1-4])(?:st|nd|rd|th)?(?:\s+quarter)?(?:\s+(\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishQuarterText();

    [GeneratedRegex(@"^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?\s*(?:-|–|—|по)\s*(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?$")]
    private static partial Regex RangeText();

    [GeneratedRegex(@"^(\p{L}+)(?:\s+(\d{4}))?$")]
    private static partial Regex MonthText();
}
