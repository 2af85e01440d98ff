using ClubBot.Features.Activities;
using ClubBot.Features.Digest;
using ClubBot.Features.Help;
using ClubBot.Features.Surveys;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Digest;

/// <summary>The morning digest for a fixed dataset, compared with the expected text; sent once a day, and once after downtime.</summary>
public sealed class DigestTests : FakeBotApiTest
{
    private const long Admin = 950;
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Fact]
    public async Task Digest_ForAFixedDataset_ReadsAsExpected_AndGoesOnceADay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(At("2026-12-10 07:00")));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:TimeZone"] = "Europe/Moscow", ["Club:Admins:0"] = "950" }, services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.QueryAsync(Seed);

        Assert.Equal(0, await RunAtAsync(bot, clock, At("2026-12-10 07:59")));
        Assert.Equal(1, await RunAtAsync(bot, clock, At("2026-12-10 08:00")));
        Assert.Equal(0, await RunAtAsync(bot, clock, At("2026-12-10 12:00")));

        var digest = (await Api.WaitForAsync(c => c.ChatId == Admin)).Single();
        Assert.Equal(
            """
            📰 Сводка на 10 декабря

            🆕 Новые участники: 1 — Анна Петрова

            📅 Сегодня и завтра:
            • 🎨 Лепка — четверг, 10 декабря, 14:00 — 2/10
            • 🚌 Поездка в Иркутск — пятница, 11 декабря, 08:00 — 1/1, ждут 1

            📥 Заявки:
            • пришло с прошлой сводки: 2
            • «🆕 Новая» (1), ждут исполнителя: № 1
            • просрочена: № 1 · Мелкий ремонт · Оса · среда, 9 декабря

            🤝 Волонтёры выполнили заданий: 1, часов: 1,5

            ⚠️ Низкие оценки в опросах:
            • Борис Смирнов, без телефона — «Как вам занятие?»: 2 — Было холодно

            📵 Бот больше не может написать:
            • Вера Иванова, +7 902 000-00-03

            📞 Кому позвонить: 2 — список в разделе «📞 Кому позвонить».

            🙋 Заявок в волонтёры ждут решения: 1 — они в разделе «🙋 Заявки волонтёров».
            """.Replace("\r\n", "\n"), digest.Text);

        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📥 Заявки");
        Assert.Contains("🆕 Новая (1)", admin.InlineButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task AfterDowntime_TheMissedDigestGoesOnceOnStart_AndAQuietDayIsSaidSo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(At("2026-12-10 07:00")));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:TimeZone"] = "Europe/Moscow", ["Club:Admins:0"] = "950" }, services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.QueryAsync(async db =>
        {
            db.Add(Person(Admin, "Администратор", At("2026-11-01 10:00")));
            return await db.SaveChangesAsync();
        });

        // The bot was down from before 08:00 until 11:30: the first run sends the day's digest, once.
        Assert.Equal(1, await RunAtAsync(bot, clock, At("2026-12-10 11:30")));
        Assert.Equal(0, await RunAtAsync(bot, clock, At("2026-12-10 11:31")));
        var digest = (await Api.WaitForAsync(c => c.ChatId == Admin)).Single();
        Assert.Equal("📰 Сводка на 10 декабря\n\nВсё спокойно — новостей нет.", digest.Text);
    }

    private static async Task<int> Seed(BotDbContext db)
    {
        var admin = Person(Admin, "Администратор", At("2026-11-01 10:00"));
        var anna = Person(951, "Анна Петрова", At("2026-12-09 12:00"));
        var boris = Person(952, "Борис Смирнов", At("2026-12-01 10:00"));
        var vera = Person(953, "Вера Иванова", At("2026-11-20 10:00"));
        vera.Phone = "+79020000003";
        vera.UnreachableSince = At("2026-12-09 20:00");
        vera.Volunteer = VolunteerStatus.Applied;
        db.AddRange(admin, anna, boris, vera);

        var workshop = Activity("workshop", "Лепка", "2026-12-10 14:00", 10);
        var trip = Activity("trip", "Поездка в Иркутск", "2026-12-11 08:00", 1);
        var later = Activity("club", "Чаепитие", "2026-12-13 15:00", null);
        db.AddRange(workshop, trip, later);
        db.AddRange(
            SignUp(workshop, anna, SignUpState.Confirmed),
            SignUp(workshop, boris, SignUpState.Confirmed),
            SignUp(trip, boris, SignUpState.Confirmed),
            SignUp(trip, anna, SignUpState.Waiting));

        db.Add(new HelpRequest { Kind = RequestKind.Household, Person = boris, Service = "repair", Status = RequestStatus.New, Day = new DateOnly(2026, 12, 9), ForVolunteers = true, CreatedAt = At("2026-12-09 15:00"), UpdatedAt = At("2026-12-09 15:00") });
        db.Add(new HelpRequest { Kind = RequestKind.Aid, Person = boris, Service = "Продукты", Status = RequestStatus.Assigned, ByStaff = true, CreatedAt = At("2026-12-09 16:00"), UpdatedAt = At("2026-12-09 17:00") });
        db.Add(new HelpRequest { Kind = RequestKind.Household, Person = boris, Service = "cleaning", Status = RequestStatus.Done, Volunteer = anna, HoursSpent = 1.5m, ForVolunteers = true, CreatedAt = At("2026-12-05 10:00"), UpdatedAt = At("2026-12-09 18:00"), ClosedAt = At("2026-12-09 18:00") });

        var invitation = new SurveyInvitation { Person = boris, Questionnaire = "after-activity", Occasion = "activity:1", State = InvitationState.Completed, CreatedAt = At("2026-12-09 12:00") };
        db.Add(invitation);
        db.Add(new SurveyAnswer { Invitation = invitation, Question = "quality", Score = 2, AnsweredAt = At("2026-12-09 16:00") });
        db.Add(new SurveyAnswer { Invitation = invitation, Question = "improve", Text = "Было холодно", AnsweredAt = At("2026-12-09 16:01") });
        return await db.SaveChangesAsync();
    }

    private static Person Person(long id, string name, DateTime registered) => new()
    {
        TelegramUserId = id,
        ChatId = id,
        Name = name,
        Settlement = "Оса",
        CreatedAt = registered,
        LastSeenAt = registered,
        RegisteredAt = registered,
        ConsentedAt = registered,
    };

    private static Activity Activity(string kind, string title, string startsLocal, int? capacity) => new()
    {
        Kind = kind,
        Title = title,
        StartsAt = At(startsLocal),
        EndsAt = At(startsLocal).AddHours(2),
        Capacity = capacity,
        CreatedAt = At("2026-12-01 10:00"),
        Version = 1,
    };

    private static SignUp SignUp(Activity activity, Person person, SignUpState state) =>
        new() { Activity = activity, Person = person, State = state, CreatedAt = At("2026-12-05 10:00") };

    private static Task<int> RunAtAsync(BotUnderTest bot, FakeTimeProvider clock, DateTime utc) => bot.RunDueAsync<DailyDigest>(clock, utc);

    private static DateTime At(string local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), Moscow);
}
