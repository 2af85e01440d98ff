using ClubBot.Texts;

namespace ClubBot.Features.Reports;

/// <summary>One month of the trend: the same figures, by the same definitions, as that month's own report.</summary>
public sealed record MonthFigures(ReportPeriod Month, int Reached, int Attended, double? AttendanceRate, double? SatisfiedShare, double? MoodShare = null);

/// <summary>
/// The twelve months up to the report's last month, each counted as its own monthly report would count it, for
/// the chart and the workbook's sheet of months. Months after today are left out.
/// </summary>
public static class MonthlyTrend
{
    public const int Months = 12;

    /// <summary>The first day of the trend's earliest month, for loading the rows once.</summary>
    public static DateOnly Start(ReportPeriod period) => new DateOnly(period.To.Year, period.To.Month, 1).AddMonths(1 - Months);

    public static IReadOnlyList<MonthFigures> Of(PeriodReportBuilder builder, ReportRows rows, ReportPeriod period, DateTime nowUtc, DateOnly today)
    {
        var figures = new List<MonthFigures>();
        for (var first = Start(period); first <= period.To && first <= today; first = first.AddMonths(1))
        {
            var month = ReportPeriod.Month(first.Year, first.Month);
            var headline = builder.Build(month, rows, nowUtc).Headline;
            // Satisfaction is what people thought of the activities and the help; the mood check is a line of its own.
            var rated = headline.Satisfaction.Where(s => s.Questionnaire != builder.MoodQuestionnaire).ToList();
            var answered = rated.Sum(s => s.Summary.Count);
            var satisfied = answered == 0 ? (double?)null : rated.Sum(s => (s.Summary.SatisfiedShare ?? 0) * s.Summary.Count) / answered;
            var mood = headline.Satisfaction.FirstOrDefault(s => s.Questionnaire == builder.MoodQuestionnaire).Summary?.SatisfiedShare;
            figures.Add(new MonthFigures(month, headline.Reached, headline.Attended, headline.AttendanceRate, satisfied, mood));
        }

        return figures;
    }

    /// <summary>The months as a table, a sheet of the workbook a person can chart.</summary>
    public static ReportSection Section(IReadOnlyList<MonthFigures> months, BotTexts texts) => new(texts["TrendSheet"],
    [
        new ReportTable(texts["TrendSheet"],
            [texts["TrendMonth"], texts["TrendReached"], texts["TrendAttended"], texts["TrendAttendance"], texts["TrendSatisfied"], texts["TrendMood"]],
            months.Select(m => (IReadOnlyList<object?>)[MonthName(m.Month, texts), m.Reached, m.Attended,
                m.AttendanceRate is { } rate ? new Share(rate) : null, m.SatisfiedShare is { } share ? new Share(share) : null,
                m.MoodShare is { } mood ? new Share(mood) : null]).ToList()),
    ]);

    /// <summary>«дек 2026»: short enough for a chart's axis.</summary>
    public static string MonthName(ReportPeriod month, BotTexts texts) =>
        month.From.ToDateTime(TimeOnly.MinValue).ToString("MMM yyyy", texts.Culture).Replace(".", "", StringComparison.Ordinal);
}
