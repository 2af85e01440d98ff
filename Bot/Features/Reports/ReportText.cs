using System.Globalization;
using ClubBot.Club;
using ClubBot.Texts;

namespace ClubBot.Features.Reports;

/// <summary>The report as one short message: headline figures and simple bars; the files carry the tables.</summary>
public sealed class ReportText(BotTexts texts, ClubTime clock)
{
    /// <summary>Telegram allows 4,096 characters; the headline stays well below, whatever the names.</summary>
    public const int MaxLength = 3500;

    public string Compose(PeriodReport report)
    {
        var h = report.Headline;
        var lines = new List<string>
        {
            Title(report),
            "",
            texts.Format("ReportPeopleLine", h.Registered, h.Registered - h.RegisteredBefore, h.New, h.Reached, h.Unreachable),
            "",
            texts.Format("ReportActivitiesLine", h.Held, h.SignUps, h.Attended, h.NoShows, h.ByStaff),
        };
        if (h.Forums > 0)
            lines.Add(texts.Format("ReportForumsLine", h.Forums, h.Sessions));
        if (h.AttendanceRate is { } rate)
            lines.Add(texts.Format("ReportAttendanceLine", Bar(rate), Percent(rate)));
        lines.Add("");
        lines.Add(texts.Format("ReportHelpLine", h.Household, h.Rides, h.Aid, h.Cancelled));
        lines.Add(texts.Format("ReportVolunteersLine", h.ActiveVolunteers, h.TasksDone, h.Hours.ToString("0.##", texts.Culture)));
        lines.Add("");
        lines.Add(texts["ReportSatisfactionTitle"]);
        foreach (var (questionnaire, summary) in h.Satisfaction)
            lines.Add(summary is { Count: > 0, SatisfiedShare: { } share, Average: { } average }
                ? texts.Format("ReportSatisfactionLine", questionnaire, Bar(share), Percent(share), average.ToString("0.0", texts.Culture), summary.Count)
                : texts.Format("ReportNoAnswers", questionnaire));
        lines.Add("");
        lines.Add(texts["ReportFilesFollow"]);
        var text = string.Join('\n', lines);
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }

    public string Title(PeriodReport report) => texts.Format("ReportTitle", report.Label) + "\n" + AsOfLine(report);

    /// <summary>A period still going on is counted up to now, and says so: «по состоянию на 2 декабря, 14:05».</summary>
    public string AsOfLine(PeriodReport report) => report.Ongoing
        ? texts.Format("ReportAsOf", AsOf(report))
        : texts.Format("ReportMadeAt", clock.Format(report.MadeAtUtc));

    /// <summary>«2 декабря, 14:05» in the club's zone.</summary>
    public string AsOf(PeriodReport report) => clock.ToLocal(report.AsOfUtc).ToString("d MMMM, HH:mm", texts.Culture);

    /// <summary>Ten cells, filled in proportion: «███████░░░».</summary>
    public static string Bar(double share)
    {
        var filled = (int)Math.Round(Math.Clamp(share, 0, 1) * 10, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', 10 - filled);
    }

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture);
}
