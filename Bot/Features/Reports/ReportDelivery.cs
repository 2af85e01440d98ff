using ClubBot.Club;
using ClubBot.Outbox;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Reports;

/// <summary>Makes a period's report and queues it for chats: the message, then the chart, the CSV and the Excel file.</summary>
public sealed class ReportDelivery(PeriodReportBuilder builder, ReportText text, BotTexts texts, ClubTime clock)
{
    public async Task<PeriodReport> MakeAsync(DbContext db, ReportPeriod period, DateTime nowUtc, CancellationToken ct = default)
    {
        // The previous period is read too (growth is measured against it), and the twelve months of the trend.
        var firstMonth = MonthlyTrend.Start(period);
        var trendStart = builder.Bounds(ReportPeriod.Month(firstMonth.Year, firstMonth.Month)).Start;
        var previousStart = builder.Bounds(period.Previous()).Start;
        var rows = await ReportRows.LoadAsync(db, trendStart < previousStart ? trendStart : previousStart, builder.Bounds(period).End, ct);
        var report = builder.Build(period, rows, nowUtc);
        var trend = MonthlyTrend.Of(builder, rows, period, nowUtc, DateOnly.FromDateTime(clock.ToLocal(nowUtc)));
        return report with { Trend = trend, Sections = [.. report.Sections, MonthlyTrend.Section(trend, texts)] };
    }

    public string Message(PeriodReport report) => text.Compose(report);

    /// <summary>The chart, the CSV and the Excel file, after the message.</summary>
    public void SendFiles(OutboxWriter outbox, long chat, PeriodReport report, OutboxPriority priority)
    {
        outbox.SendPhoto(chat, new OutgoingFile($"chart-{report.Period.Key}.png", ReportChart.Png(report, texts), "image/png"),
            texts.Format("ChartCaption", report.Label), priority);
        var caption = texts.Format("ReportCaption", report.Label);
        outbox.SendDocument(chat, new OutgoingFile($"report-{report.Period.Key}.csv", ReportCsv.Write(report, texts.Culture, text.AsOfLine(report)), "text/csv"), caption, priority);
        outbox.SendDocument(chat, new OutgoingFile($"report-{report.Period.Key}.xlsx", ReportXlsx.Write(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), caption, priority);
    }
}
