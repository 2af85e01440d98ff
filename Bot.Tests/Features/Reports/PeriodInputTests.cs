using System.Globalization;
using ClubBot.Features.Reports;

namespace ClubBot.Tests.Features.Reports;

public sealed class PeriodInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("2026", "Year", "2026-01-01", "2026-12-31")]
    [InlineData("III квартал", "Quarter", "2026-07-01", "2026-09-30")]
    [InlineData("3 кв 2025", "Quarter", "2025-07-01", "2025-09-30")]
    [InlineData("IV квартал", "Quarter", "2026-10-01", "2026-12-31")]
    [InlineData("01.10–31.12", "Range", "2026-10-01", "2026-12-31")]
    [InlineData("01.11-31.01", "Range", "2025-11-01", "2026-01-31")]
    [InlineData("01.10.2025 — 31.03.2026", "Range", "2025-10-01", "2026-03-31")]
    [InlineData("октябрь", "Month", "2026-10-01", "2026-10-31")]
    [InlineData("Февраль 2024", "Month", "2024-02-01", "2024-02-29")]
    public void ReadablePeriods_AreRead(string text, string kind, string from, string to)
    {
        var (period, error) = PeriodInput.Parse(text, Today, CultureInfo.GetCultureInfo("ru"));

        Assert.Null(error);
        Assert.Equal(new ReportPeriod(Enum.Parse<PeriodKind>(kind), DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture)), period);
    }

    [Theory]
    [InlineData("Q3", "Quarter", "2026-07-01", "2026-09-30")]
    [InlineData("q3 2025", "Quarter", "2025-07-01", "2025-09-30")]
    [InlineData("3rd quarter", "Quarter", "2026-07-01", "2026-09-30")]
    [InlineData("October", "Month", "2026-10-01", "2026-10-31")]
    [InlineData("октябрь 2025", "Month", "2025-10-01", "2025-10-31")]
    [InlineData("III квартал", "Quarter", "2026-07-01", "2026-09-30")]
    public void AnEnglishInterface_ReadsEnglishPeriods_AndRussianOnes(string text, string kind, string from, string to)
    {
        var (period, error) = PeriodInput.Parse(text, Today, CultureInfo.GetCultureInfo("en"));

        Assert.Null(error);
        Assert.Equal(new ReportPeriod(Enum.Parse<PeriodKind>(kind), DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture)), period);
    }

    [Theory]
    [InlineData("", PeriodInput.Invalid)]
    [InlineData("вчера и завтра", PeriodInput.Invalid)]
    [InlineData("31.02–10.03", PeriodInput.Invalid)]
    [InlineData("V квартал", PeriodInput.Invalid)]
    [InlineData("2027", PeriodInput.InFuture)]
    [InlineData("декабрь", PeriodInput.InFuture)]
    [InlineData("31.12.2026–01.10.2026", PeriodInput.Backwards)]
    [InlineData("01.01.2020–31.12.2026", PeriodInput.TooLong)]
    public void ImpossiblePeriods_AreRefused_WithWhatIsWrong(string text, string error)
    {
        var (period, reason) = PeriodInput.Parse(text, Today, CultureInfo.GetCultureInfo("ru"));

        Assert.Null(period);
        Assert.Equal(error, reason);
    }

    [Fact]
    public void Previous_IsTheSameLengthJustBefore()
    {
        Assert.Equal(ReportPeriod.Month(2026, 9), ReportPeriod.Month(2026, 10).Previous());
        Assert.Equal(ReportPeriod.Quarter(2025, 4), ReportPeriod.Quarter(2026, 1).Previous());
        Assert.Equal(ReportPeriod.Range(new DateOnly(2026, 9, 21), new DateOnly(2026, 9, 30)), ReportPeriod.Range(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 10)).Previous());
    }
}
