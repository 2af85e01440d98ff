using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Reports;
using ClubBot.Features.Surveys;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Features.Reports;

/// <summary>
/// A known October 2026 in Irkutsk (UTC+8), with September before it and November after, and people, activities,
/// requests and answers on both sides of the period's edges. Every figure of its report is worked out by hand
/// in <see cref="PeriodReportTests"/>.
/// </summary>
public static class ReportDataset
{
    public static readonly ReportPeriod October = ReportPeriod.Month(2026, 10);

    public static PeriodReportBuilder Builder() => new(
        new ClubTime(Options.Create(new ClubOptions { TimeZone = "Asia/Irkutsk" }), TimeProvider.System, Texts()),
        Texts(),
        Options.Create(new ActivitiesOptions { Kinds = [new ActivityKind { Code = "workshop", Name = "Мастер-класс" }, new ActivityKind { Code = "trip", Name = "Поездка" }] }),
        Options.Create(new HelpOptions { Services = [new HouseholdService { Code = "firewood", Title = "Дрова", Tariff = 500 }, new HouseholdService { Code = "cleaning", Title = "Уборка", Tariff = 300 }] }),
        Options.Create(new SurveyOptions
        {
            MonthlyMood = "mood",
            Questionnaires =
            [
                new Questionnaire { Id = "after-activity", Title = "После занятия", Questions = [new SurveyQuestion { Id = "quality", Kind = SurveyQuestion.Scale }] },
                new Questionnaire { Id = "mood", Title = "Настроение", Questions = [new SurveyQuestion { Id = "mood", Kind = SurveyQuestion.Scale }] },
            ],
        }));

    public static BotTexts Texts() => new(Options.Create(new ClubOptions()));

    public static BotDbContext Open(TestDatabase database) => new(new DbContextOptionsBuilder<BotDbContext>()
        .UseSqlite(database.ConnectionString)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);

    /// <summary>The report of <paramref name="period"/> as made at <paramref name="nowUtc"/>, read as the bot reads it.</summary>
    public static Task<PeriodReport> MakeAsync(BotDbContext db, ReportPeriod period, DateTime nowUtc)
    {
        var clock = new ClubTime(Options.Create(new ClubOptions { TimeZone = "Asia/Irkutsk" }), TimeProvider.System, Texts());
        return new ReportDelivery(Builder(), new ReportText(Texts(), clock), Texts(), clock).MakeAsync(db, period, nowUtc);
    }

    /// <summary>The rows of the report's table titled <paramref name="table"/>.</summary>
    public static List<IReadOnlyList<object?>> Rows(PeriodReport report, string table) =>
        report.Sections.SelectMany(s => s.Tables).Single(t => t.Title == table).Rows.ToList();

    public static async Task FillAsync(BotDbContext db)
    {
        var p1 = Person("Оса", PersonCategory.Pensioner, Utc(2026, 9, 10));
        var p2 = Person("Оса", PersonCategory.Disability, Utc(2026, 10, 5));
        // 17:00 UTC on 30 September is 01:00 on 1 October in Irkutsk: new in October.
        var p3 = Person("Бохан", PersonCategory.Pensioner, new DateTime(2026, 9, 30, 17, 0, 0, DateTimeKind.Utc));
        var p4 = Person(null, PersonCategory.Other, Utc(2026, 10, 20));
        p4.ErasedAt = Utc(2026, 10, 25);
        var p5 = Person("Бохан", PersonCategory.Other, Utc(2026, 8, 1));
        p5.UnreachableSince = Utc(2026, 10, 10);
        var p6 = Person("Оса", PersonCategory.Pensioner, Utc(2026, 11, 2));
        var v1 = Person("Оса", PersonCategory.Pensioner, Utc(2026, 9, 1));
        v1.Volunteer = VolunteerStatus.Approved;
        db.AddRange(p1, p2, p3, p4, p5, p6, v1);

        var a1 = Activity("workshop", Utc(2026, 10, 10), ActivityState.Planned);
        var a2 = Activity("trip", Utc(2026, 10, 20), ActivityState.Planned);
        var a3 = Activity("workshop", Utc(2026, 10, 25), ActivityState.Cancelled);
        // 15:00 UTC on 30 September is 23:00 that day in Irkutsk: still September.
        var a4 = Activity("workshop", new DateTime(2026, 9, 30, 15, 0, 0, DateTimeKind.Utc), ActivityState.Planned);
        db.AddRange(a1, a2, a3, a4);
        db.AddRange(
            SignUp(a1, p1, SignUpState.Confirmed, true),
            SignUp(a1, p2, SignUpState.Confirmed, false),
            SignUp(a1, p3, SignUpState.Confirmed, null),
            SignUp(a1, p5, SignUpState.Waiting, null),
            SignUp(a1, v1, SignUpState.Cancelled, null),
            SignUp(a2, p1, SignUpState.Confirmed, true),
            SignUp(a2, p5, SignUpState.Confirmed, true, byStaff: true),
            SignUp(a3, p2, SignUpState.Confirmed, null),
            SignUp(a4, p1, SignUpState.Confirmed, true));

        db.AddRange(
            Request(RequestKind.Household, p2, RequestStatus.Done, Utc(2026, 10, 3), Utc(2026, 10, 5), service: "firewood", volunteer: v1, hours: 2.5m),
            Request(RequestKind.Household, p3, RequestStatus.Cancelled, Utc(2026, 10, 12), Utc(2026, 10, 13), service: "firewood"),
            Request(RequestKind.Household, p1, RequestStatus.Done, Utc(2026, 10, 15), Utc(2026, 11, 2), service: "cleaning", volunteer: v1, hours: 1m),
            Request(RequestKind.Ride, p5, RequestStatus.Done, Utc(2026, 10, 7), Utc(2026, 10, 8), rideTo: "Больница", escort: true),
            Request(RequestKind.Ride, p1, RequestStatus.New, Utc(2026, 10, 9), Utc(2026, 10, 9), rideTo: "Больница"),
            Request(RequestKind.Aid, p2, RequestStatus.New, Utc(2026, 10, 11), Utc(2026, 10, 11), service: "Продукты"),
            Request(RequestKind.Household, p1, RequestStatus.Done, Utc(2026, 9, 20), Utc(2026, 10, 2), service: "cleaning", volunteer: v1, hours: 3m));

        Answer(db, p1, "after-activity", "quality", 5, Utc(2026, 10, 11));
        Answer(db, p2, "after-activity", "quality", 3, Utc(2026, 10, 12));
        Answer(db, p1, "after-activity", "quality", 4, Utc(2026, 9, 29));
        Answer(db, p1, "mood", "mood", 4, Utc(2026, 10, 2));
        Answer(db, p3, "mood", "mood", 2, Utc(2026, 10, 3));
        await db.SaveChangesAsync();
    }

    internal static DateTime Utc(int year, int month, int day) => new(year, month, day, 4, 0, 0, DateTimeKind.Utc);

    internal static Person Person(string? settlement, PersonCategory? category, DateTime registered) => new()
    {
        Name = settlement is null ? null : "Участник",
        Settlement = settlement,
        Category = category,
        CreatedAt = registered,
        LastSeenAt = registered,
        RegisteredAt = registered,
        ConsentedAt = registered,
    };

    internal static Activity Activity(string kind, DateTime starts, ActivityState state) =>
        new() { Kind = kind, Title = kind, StartsAt = starts, EndsAt = starts.AddHours(2), State = state, CreatedAt = starts.AddDays(-20), Version = 1 };

    internal static SignUp SignUp(Activity activity, Person person, SignUpState state, bool? attended, bool byStaff = false) =>
        new() { Activity = activity, Person = person, State = state, Attended = attended, ByStaff = byStaff, CreatedAt = activity.StartsAt.AddDays(-5) };

    internal static HelpRequest Request(RequestKind kind, Person person, RequestStatus status, DateTime created, DateTime updated,
        string? service = null, string? rideTo = null, bool escort = false, Person? volunteer = null, decimal? hours = null) => new()
        {
            Kind = kind,
            Person = person,
            Status = status,
            Service = service,
            RideTo = rideTo,
            EscortNeeded = escort,
            Volunteer = volunteer,
            HoursSpent = hours,
            CreatedAt = created,
            UpdatedAt = updated,
            ClosedAt = status is RequestStatus.Done or RequestStatus.Cancelled ? updated : null,
        };

    internal static void Answer(BotDbContext db, Person person, string questionnaire, string question, int score, DateTime at)
    {
        var invitation = new SurveyInvitation { Person = person, Questionnaire = questionnaire, Occasion = $"{questionnaire}:{at:yyyyMMdd}:{score}", State = InvitationState.Completed, CreatedAt = at };
        db.Add(invitation);
        db.Add(new SurveyAnswer { Invitation = invitation, Question = question, Score = score, AnsweredAt = at });
    }
}
