using ClubBot.Conversations;
using ClubBot.Scheduling;

namespace ClubBot.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>«📈 Отчёт»: period reports on demand, and by themselves at the start of a month, quarter and year.</summary>
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section)
            .Validate(o => TimeOnly.TryParseExact(o.Time, "HH:mm", out _), "Reports:Time must be a time like 09:00.")
            .Validate(o => o.CatchUpDays is >= 0 and <= 31, "Reports:CatchUpDays must be between 0 and 31.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PeriodReportBuilder>();
        builder.Services.AddSingleton<ReportText>();
        builder.Services.AddSingleton<ReportDelivery>();
        builder.Services.AddFlow<ReportFlow>();
        builder.Services.AddSingleton<IMenuEntry, ReportMenuEntry>();
        builder.AddDueWork<PeriodReports>();
        return builder;
    }
}

/// <summary>«📈 Отчёт» in the staff menu.</summary>
internal sealed class ReportMenuEntry(ReportFlow flow) : FlowMenuEntry(flow, "MenuReport", 51);
