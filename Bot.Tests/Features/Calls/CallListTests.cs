using System.Text;
using ClubBot.Features.Activities;
using ClubBot.Features.Surveys;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Calls;

/// <summary>«📞 Кому позвонить»: each reason once, and nobody who is fine.</summary>
public sealed class CallListTests : FakeBotApiTest
{
    private const long Admin = 1990;

    // Moscow: 12:00 UTC on 1 December is 15:00; tomorrow's activity is at 10:00 local on 2 December.
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task TheList_NamesEachPersonOnce_WithTheirReasons_AndTheFileHasThemAll()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "1990" }, services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.QueryAsync(SeedAsync);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await admin.TapMenuAsync("📞 Кому позвонить");

        Assert.Equal(
            """
            📞 Кому позвонить (6):
            • Анна, Оса, +7 914 000-00-01 — не ответил(а) на напоминание о завтрашнем занятии
            • Виктор, Оса, +7 914 000-00-03 — без Telegram, записан(а) на завтра
            • Галина, Оса, +7 914 000-00-04 — дважды подряд не пришёл(ла)
            • Евгения, Оса, +7 914 000-00-06 — последняя оценка 1–2
            • Жанна, Оса, +7 914 000-00-07 — настроение ухудшилось
            • Зоя, Оса, +7 914 000-00-08 — бот не может написать
            """.Replace("\r\n", "\n"), admin.Last.First(c => c.Method == "sendMessage").Text);
        var file = (await Api.WaitForAsync(c => c.Method == "sendDocument" && c.ChatId == Admin)).Single().Files.Values.Single();
        var lines = Encoding.UTF8.GetString(file.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Имя;Населённый пункт;Телефон;Почему", lines[0]);
        Assert.Equal(7, lines.Length);
    }

    private static async Task<int> SeedAsync(BotDbContext db)
    {
        db.Add(new Person { TelegramUserId = Admin, ChatId = Admin, Name = "Администратор", CreatedAt = Now, LastSeenAt = Now });
        var people = new[] { "Анна", "Борис", "Виктор", "Галина", "Дмитрий", "Евгения", "Жанна", "Зоя" }
            .Select((name, i) => new Person { Name = name, Settlement = "Оса", Phone = $"+7914000000{i + 1}", ChatId = 2000 + i, TelegramUserId = 2000 + i, CreatedAt = Now.AddDays(-60), LastSeenAt = Now, RegisteredAt = Now.AddDays(-60), ConsentedAt = Now.AddDays(-60) })
            .ToArray();
        var (anna, boris, viktor, galina, dmitry, evgenia, zhanna, zoya) = (people[0], people[1], people[2], people[3], people[4], people[5], people[6], people[7]);
        viktor.ChatId = null;
        viktor.TelegramUserId = null;
        viktor.AddedByStaff = true;
        zoya.UnreachableSince = Now.AddDays(-3);
        db.AddRange(people);

        var tomorrow = Activity(new DateTime(2026, 12, 2, 7, 0, 0, DateTimeKind.Utc));
        var past1 = Activity(Now.AddDays(-14));
        var past2 = Activity(Now.AddDays(-7));
        db.AddRange(tomorrow, past1, past2);
        var annaTomorrow = SignUp(tomorrow, anna, null);
        var borisTomorrow = SignUp(tomorrow, boris, null);
        borisTomorrow.ReminderAnsweredAt = Now.AddHours(-1);
        db.AddRange(annaTomorrow, borisTomorrow, SignUp(tomorrow, viktor, null),
            SignUp(past1, galina, false), SignUp(past2, galina, false),
            SignUp(past1, dmitry, false), SignUp(past2, dmitry, true));
        await db.SaveChangesAsync();
        db.AddRange(new SentReminder { SignUpId = annaTomorrow.Id, Offset = "24h", SentAt = Now.AddHours(-2) }, new SentReminder { SignUpId = borisTomorrow.Id, Offset = "24h", SentAt = Now.AddHours(-2) });

        Answer(db, evgenia, "after-activity", "quality", 2, Now.AddDays(-2));
        Answer(db, zhanna, "mood", "mood", 4, Now.AddDays(-40));
        Answer(db, zhanna, "mood", "mood", 3, Now.AddDays(-10));
        Answer(db, dmitry, "mood", "mood", 3, Now.AddDays(-40));
        Answer(db, dmitry, "mood", "mood", 5, Now.AddDays(-10));
        return await db.SaveChangesAsync();
    }

    private static Activity Activity(DateTime starts) =>
        new() { Kind = "workshop", Title = "Лепка", StartsAt = starts, EndsAt = starts.AddHours(2), State = ActivityState.Planned, CreatedAt = starts.AddDays(-20), Version = 1 };

    private static SignUp SignUp(Activity activity, Person person, bool? attended) =>
        new() { Activity = activity, Person = person, State = SignUpState.Confirmed, Attended = attended, CreatedAt = activity.StartsAt.AddDays(-5) };

    private static void Answer(BotDbContext db, Person person, string questionnaire, string question, int score, DateTime at)
    {
        var invitation = new SurveyInvitation { Person = person, Questionnaire = questionnaire, Occasion = $"{questionnaire}:{at:yyyyMMdd}", State = InvitationState.Completed, CreatedAt = at };
        db.Add(invitation);
        db.Add(new SurveyAnswer { Invitation = invitation, Question = question, Score = score, AnsweredAt = at });
    }
}
