using ClubBot.Features.Surveys;

namespace ClubBot.Features.Reports;

/// <summary>A share of a whole (0 to 1), shown as a percentage in the message and the files.</summary>
public readonly record struct Share(double Value);

/// <summary>One table of a report: a title, column headers and rows of cells (text, whole numbers, decimals, <see cref="Share"/>, dates).</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A part of the report (participants, activities …): a sheet of the spreadsheet.</summary>
public sealed record ReportSection(string Title, IReadOnlyList<ReportTable> Tables);

/// <summary>Came and did not come at one kind's held activities in the period.</summary>
public sealed record KindAttendance(string Kind, int Came, int Missed)
{
    public double Rate => Came / (double)(Came + Missed);
}

/// <summary>The figures a coordinator reads first; the message is made of these. README's «Reports» section defines each.</summary>
public sealed record Headline(
    int Registered,
    int RegisteredBefore,
    int New,
    int Reached,
    int Held,
    int Forums,
    int Sessions,
    int SignUps,
    int Attended,
    int NoShows,
    int ByStaff,
    int Household,
    int Rides,
    int Aid,
    int Cancelled,
    int ActiveVolunteers,
    int TasksDone,
    decimal Hours,
    int Unreachable,
    IReadOnlyList<(string Questionnaire, ScaleSummary Summary)> Satisfaction)
{
    /// <summary>Share of marked people who came; null when nobody was marked.</summary>
    public double? AttendanceRate => Attended + NoShows == 0 ? null : Attended / (double)(Attended + NoShows);
}

/// <summary>
/// A period's report, as computed from the data as it is. <see cref="AsOfUtc"/> is where counting stopped: the
/// period's end, or the moment it was made while the period is still going on (<see cref="Ongoing"/>).
/// </summary>
public sealed record PeriodReport(ReportPeriod Period, string Label, DateTime MadeAtUtc, DateTime AsOfUtc, bool Ongoing, Headline Headline, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Attendance of each kind over the period, for the chart's lower panel.</summary>
    public IReadOnlyList<KindAttendance> ByKind { get; init; } = [];

    /// <summary>The twelve months up to the period's end, each as its own monthly report counts it (<see cref="MonthlyTrend"/>).</summary>
    public IReadOnlyList<MonthFigures> Trend { get; init; } = [];
}
