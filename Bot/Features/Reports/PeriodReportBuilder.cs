using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Surveys;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Row = System.Collections.Generic.IReadOnlyList<object?>;

namespace ClubBot.Features.Reports;

/// <summary>
/// Computes a period's report from the data as it is, in the club's zone, counting up to the period's end or up to
/// now, whichever comes first. Who counts where is written once here (README, «Reports», says it in a centre's words):
/// registered = registered before that instant and not erased by then; an activity is held when it started in the
/// period, before now, and was not cancelled; sign-ups, came and no-shows count for held activities only; a request
/// counts when it was done in the period, and cancelled ones are shown apart; reached = came to a held activity or
/// had a request done. Every breakdown adds up to its total, with a «не указано» row where a value is missing.
/// </summary>
public sealed class PeriodReportBuilder(
    ClubTime clock,
    BotTexts texts,
    IOptions<ActivitiesOptions> activities,
    IOptions<HelpOptions> help,
    IOptions<SurveyOptions> surveys)
{
    /// <summary>The title of the monthly mood check, which the trend draws apart from satisfaction; null when none is set.</summary>
    public string? MoodQuestionnaire => surveys.Value.Find(surveys.Value.MonthlyMood)?.Title;

    public PeriodReport Build(ReportPeriod period, ReportRows rows, DateTime nowUtc)
    {
        var (start, end) = Bounds(period);
        var asOf = nowUtc < end ? nowUtc : end;
        var registered = RegisteredAt(rows, asOf);
        var held = rows.Activities.Where(a => a.StartsAt >= start && a.StartsAt < asOf && a.State != ActivityState.Cancelled).ToList();
        var heldIds = held.Select(a => a.Id).ToHashSet();
        var signUps = rows.SignUps.Where(s => heldIds.Contains(s.ActivityId) && s.State == SignUpState.Confirmed).ToList();
        var closed = rows.Requests.Where(r => r.ClosedAt >= start && r.ClosedAt < asOf).ToList();
        var done = closed.Where(r => r.Status == RequestStatus.Done).ToList();
        var cancelled = closed.Where(r => r.Status == RequestStatus.Cancelled).ToList();
        var tasks = done.Where(r => r.VolunteerId is not null).ToList();
        var answers = rows.Answers.Where(a => a.AnsweredAt >= start && a.AnsweredAt < asOf).ToList();
        var reached = signUps.Where(s => s.Attended == true).Select(s => s.PersonId).Concat(done.Select(r => r.PersonId)).Distinct().Count();
        var satisfaction = surveys.Value.Questionnaires
            .Select(q => (q.Title, Scale: q.Questions.FirstOrDefault(x => x.Kind == SurveyQuestion.Scale)?.Id, q.Id))
            .Where(q => q.Scale is not null)
            .Select(q => (q.Title, SurveyResults.Summarize(answers, q.Id, q.Scale!)))
            .ToList();

        var headline = new Headline(
            registered.Count,
            RegisteredAt(rows, start).Count,
            rows.People.Count(p => p.RegisteredAt >= start && p.RegisteredAt < asOf),
            reached,
            // A forum is one event however many platforms it had; its sessions are counted apart.
            held.Count(a => a.ForumDayId is null) + held.Select(a => a.ForumDayId).OfType<long>().Distinct().Count(),
            held.Select(a => a.ForumDayId).OfType<long>().Distinct().Count(),
            held.Count(a => a.ForumDayId is not null),
            signUps.Count,
            signUps.Count(s => s.Attended == true),
            signUps.Count(s => s.Attended == false),
            signUps.Count(s => s.ByStaff),
            done.Count(r => r.Kind == RequestKind.Household),
            done.Count(r => r.Kind == RequestKind.Ride),
            done.Count(r => r.Kind == RequestKind.Aid),
            cancelled.Count,
            tasks.Select(r => r.VolunteerId).Distinct().Count(),
            tasks.Count,
            tasks.Sum(r => r.HoursSpent ?? 0),
            registered.Count(p => p.UnreachableSince is { } u && u < asOf),
            satisfaction);
        var sections = new List<ReportSection>
        {
            Participants(period, headline, registered),
            Activities(held, signUps),
            Help(done, cancelled),
            Volunteers(headline),
            Satisfaction(satisfaction, answers),
        };
        return new PeriodReport(period, Label(period), nowUtc, asOf, nowUtc < end, headline, sections) { ByKind = ByKind(held, signUps) };
    }

    /// <summary>The period's ends as instants: its first local midnight, and the midnight after its last day.</summary>
    public (DateTime Start, DateTime End) Bounds(ReportPeriod period) =>
        (clock.ToUtc(period.From.ToDateTime(TimeOnly.MinValue)), clock.ToUtc(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue)));

    public string Label(ReportPeriod period) => period.Kind switch
    {
        PeriodKind.Month => texts.Format("PeriodMonth", texts.Culture.DateTimeFormat.MonthNames[period.From.Month - 1], period.From.Year),
        PeriodKind.Quarter => texts.Format("PeriodQuarter", new[] { "I", "II", "III", "IV" }[period.QuarterNumber - 1], period.From.Year),
        PeriodKind.Year => texts.Format("PeriodYear", period.From.Year),
        _ => texts.Format("PeriodRange", period.From.ToString("dd.MM.yyyy", texts.Culture), period.To.ToString("dd.MM.yyyy", texts.Culture)),
    };

    private static List<ReportRows.PersonRow> RegisteredAt(ReportRows rows, DateTime instant) =>
        rows.People.Where(p => p.RegisteredAt < instant && (p.ErasedAt is null || p.ErasedAt >= instant)).ToList();

    private ReportSection Participants(ReportPeriod period, Headline h, List<ReportRows.PersonRow> registered)
    {
        var growth = h.Registered - h.RegisteredBefore;
        var summary = Table("ReportParticipantsTable", [
            [texts["ReportPeriodStart"], period.From],
            [texts["ReportPeriodEnd"], period.To],
            [texts["ReportRegistered"], h.Registered],
            [texts["ReportNew"], h.New],
            [texts["ReportReached"], h.Reached],
            [texts["ReportGrowth"], growth],
            [texts["ReportGrowthPercent"], h.RegisteredBefore == 0 ? null : Math.Round(growth * 100m / h.RegisteredBefore, 1)],
            [texts["ReportUnreachable"], h.Unreachable],
        ]);
        var bySettlement = Table("ReportBySettlementTable", registered.GroupBy(p => p.Settlement ?? texts["NotGiven"])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => Cells(g.Key, g.Count())).ToList());
        var byCategory = Table("ReportByCategoryTable", Enum.GetValues<PersonCategory>().Select(c => (PersonCategory?)c).Append(null)
            .Select(c => (Name: c is { } known ? texts[$"Category{known}"] : texts["NotGiven"], Count: registered.Count(p => p.Category == c)))
            .Where(c => c.Count > 0 || c.Name != texts["NotGiven"]).Select(c => Cells(c.Name, c.Count)).ToList());
        return new ReportSection(texts["ReportSectionParticipants"], [summary, bySettlement, byCategory]);
    }

    private ReportSection Activities(List<ReportRows.ActivityRow> held, List<ReportRows.SignUpRow> signUps)
    {
        var rows = held.Where(a => a.ForumDayId is null).GroupBy(a => a.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ids = g.Select(a => a.Id).ToHashSet();
            var mine = signUps.Where(s => ids.Contains(s.ActivityId)).ToList();
            var (came, missed) = (mine.Count(s => s.Attended == true), mine.Count(s => s.Attended == false));
            return Cells(activities.Value.Find(g.Key)?.Name ?? g.Key, g.Count(), mine.Count, came, missed, Rate(came, missed), mine.Count(s => s.ByStaff));
        }).ToList();
        var forums = held.Where(a => a.ForumDayId is not null).GroupBy(a => (a.ForumDayId!.Value, a.Forum)).OrderBy(g => g.Min(a => a.StartsAt)).Select(g =>
        {
            var ids = g.Select(a => a.Id).ToHashSet();
            var mine = signUps.Where(s => ids.Contains(s.ActivityId)).ToList();
            var (came, missed) = (mine.Count(s => s.Attended == true), mine.Count(s => s.Attended == false));
            return Cells(g.Key.Forum ?? texts["NotGiven"], g.Count(), mine.Count, came, missed, Rate(came, missed), mine.Where(s => s.Attended == true).Select(s => s.PersonId).Distinct().Count());
        }).ToList();
        // A period without forums has no table of them: there is nothing a reader would look for in it.
        return new ReportSection(texts["ReportSectionActivities"], forums.Count == 0
            ? [Table("ReportActivitiesTable", rows)]
            : [Table("ReportActivitiesTable", rows), Table("ReportForumsTable", forums)]);
    }

    /// <summary>Attendance of each kind's held activities (a forum's sessions apart), for the chart; kinds nobody was marked at are left out.</summary>
    private List<KindAttendance> ByKind(List<ReportRows.ActivityRow> held, List<ReportRows.SignUpRow> signUps) => held
        .Where(a => a.ForumDayId is null).GroupBy(a => a.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var ids = g.Select(a => a.Id).ToHashSet();
            var mine = signUps.Where(s => ids.Contains(s.ActivityId)).ToList();
            return new KindAttendance(activities.Value.Find(g.Key)?.Name ?? g.Key, mine.Count(s => s.Attended == true), mine.Count(s => s.Attended == false));
        })
        .Where(k => k.Came + k.Missed > 0).ToList();

    private ReportSection Help(List<ReportRows.RequestRow> done, List<ReportRows.RequestRow> cancelled)
    {
        // Rows come from both lists, so a service with only cancelled requests still shows them apart.
        IEnumerable<IGrouping<string, ReportRows.RequestRow>> Groups(RequestKind kind, Func<ReportRows.RequestRow, string?> key) =>
            done.Concat(cancelled).Where(r => r.Kind == kind).GroupBy(r => key(r) ?? texts["NotGiven"]).OrderBy(g => g.Key, StringComparer.Ordinal);
        static int Done(IEnumerable<ReportRows.RequestRow> g) => g.Count(r => r.Status == RequestStatus.Done);
        static int Cancelled(IEnumerable<ReportRows.RequestRow> g) => g.Count(r => r.Status == RequestStatus.Cancelled);

        var household = Groups(RequestKind.Household, r => r.Service).Select(g =>
        {
            var service = help.Value.Find(g.Key);
            return Cells(service?.Title ?? g.Key, Done(g), Done(g) * (service?.Tariff ?? 0), Cancelled(g));
        }).ToList();
        var rides = Groups(RequestKind.Ride, r => r.RideTo)
            .Select(g => Cells(g.Key, Done(g), g.Count(r => r.Status == RequestStatus.Done && r.EscortNeeded), Cancelled(g))).ToList();
        var aid = Groups(RequestKind.Aid, r => r.Service).Select(g => Cells(g.Key, Done(g), Cancelled(g))).ToList();
        return new ReportSection(texts["ReportSectionHelp"], [Table("ReportHouseholdTable", household), Table("ReportRidesTable", rides), Table("ReportAidTable", aid)]);
    }

    private ReportSection Volunteers(Headline h) => new(texts["ReportSectionVolunteers"],
        [Table("ReportVolunteersTable", [[texts["ReportActiveVolunteers"], h.ActiveVolunteers], [texts["ReportTasksDone"], h.TasksDone], [texts["ReportHours"], h.Hours]])]);

    private ReportSection Satisfaction(IReadOnlyList<(string Title, ScaleSummary Summary)> satisfaction, List<AnswerRow> answers)
    {
        var rows = satisfaction.Select(s => Cells(s.Title, s.Summary.Count, Round(s.Summary.Average), AsShare(s.Summary.SatisfiedShare))).ToList();
        var mood = surveys.Value.Find(surveys.Value.MonthlyMood);
        var scale = mood?.Questions.FirstOrDefault(q => q.Kind == SurveyQuestion.Scale)?.Id;
        var trend = mood is null || scale is null ? [] : SurveyResults.ByMonth(answers, mood.Id, scale)
            .Where(m => m.Value.Count > 0).OrderBy(m => m.Key)
            .Select(m => Cells(m.Key, m.Value.Count, Round(m.Value.Average), AsShare(m.Value.SatisfiedShare))).ToList();
        return new ReportSection(texts["ReportSectionSatisfaction"], [Table("ReportSatisfactionTable", rows), Table("ReportMoodTable", trend)]);
    }

    /// <summary>A table whose title and headers are one resx string: «Title|Header;Header;…».</summary>
    private ReportTable Table(string key, IReadOnlyList<Row> rows)
    {
        var parts = texts[key].Split('|', 2);
        return new ReportTable(parts[0], parts[1].Split(';'), rows);
    }

    private static Row Cells(params object?[] cells) => cells;

    private static Share? Rate(int came, int missed) => came + missed == 0 ? null : new Share(Math.Round(came / (double)(came + missed), 4));

    private static Share? AsShare(double? value) => value is { } v ? new Share(Math.Round(v, 4)) : null;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
