using ClubBot.Outbox;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Reports;

/// <summary>Makes a period's report and queues it for chats: the message, then the CSV and the Excel file.</summary>
public sealed class ReportDelivery(PeriodReportBuilder builder, ReportText text, BotTexts texts)
{
    public async Task<PeriodReport> MakeAsync(DbContext db, ReportPeriod period, DateTime nowUtc, CancellationToken ct = default)
    {
        // The previous period is read too: growth is measured against it.
        var rows = await ReportRows.LoadAsync(db, builder.Bounds(period.Previous()).Start, builder.Bounds(period).End, ct);
        return builder.Build(period, rows, nowUtc);
    }

    public string Message(PeriodReport report) => text.Compose(report);

    /// <summary>The CSV and the Excel file, after the message.</summary>
    public void SendFiles(OutboxWriter outbox, long chat, PeriodReport report, OutboxPriority priority)
    {
        var caption = texts.Format("ReportCaption", report.Label);
        outbox.SendDocument(chat, new OutgoingFile($"report-{report.Period.Key}.csv", ReportCsv.Write(report, texts.Culture, text.AsOfLine(report)), "text/csv"), caption, priority);
        outbox.SendDocument(chat, new OutgoingFile($"report-{report.Period.Key}.xlsx", ReportXlsx.Write(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), caption, priority);
    }
}
