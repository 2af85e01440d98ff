namespace ClubBot.Features.Reports;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
    Range,
}

/// <summary>The days a report covers, both ends included, as local dates in the club's zone.</summary>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    public static ReportPeriod Month(int year, int month) => new(PeriodKind.Month, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static ReportPeriod Quarter(int year, int quarter) =>
        new(PeriodKind.Quarter, new DateOnly(year, (quarter - 1) * 3 + 1, 1), new DateOnly(year, (quarter - 1) * 3 + 1, 1).AddMonths(3).AddDays(-1));

    public static ReportPeriod Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ReportPeriod Range(DateOnly from, DateOnly to) => new(PeriodKind.Range, from, to);

    /// <summary>The month, quarter or year that <paramref name="day"/> falls in.</summary>
    public static ReportPeriod Containing(PeriodKind kind, DateOnly day) => kind switch
    {
        PeriodKind.Month => Month(day.Year, day.Month),
        PeriodKind.Quarter => Quarter(day.Year, (day.Month - 1) / 3 + 1),
        PeriodKind.Year => Year(day.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A range is not found by a day."),
    };

    public int QuarterNumber => (From.Month - 1) / 3 + 1;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of the same length just before: the month, quarter or year before, or as many days.</summary>
    public ReportPeriod Previous() => Kind switch
    {
        PeriodKind.Month => Containing(PeriodKind.Month, From.AddMonths(-1)),
        PeriodKind.Quarter => Containing(PeriodKind.Quarter, From.AddMonths(-3)),
        PeriodKind.Year => Year(From.Year - 1),
        _ => Range(From.AddDays(-Days), From.AddDays(-1)),
    };

    /// <summary>Stable and short, for "sent once" records and file names: 2026-10, 2026-Q3, 2026, 20261001-20261231.</summary>
    public string Key => Kind switch
    {
        PeriodKind.Month => $"{From:yyyy-MM}",
        PeriodKind.Quarter => $"{From.Year}-Q{QuarterNumber}",
        PeriodKind.Year => $"{From.Year}",
        _ => $"{From:yyyyMMdd}-{To:yyyyMMdd}",
    };
}
