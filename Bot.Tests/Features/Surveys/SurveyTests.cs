using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.Features.Surveys;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Activities;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Surveys;

public sealed class SurveyTests : FakeBotApiTest
{
    [Fact]
    public async Task AttendedActivity_Invitation_AnsweredWithASkipAndAComment_IsStored_AndNotOfferedTwice()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 920, OnboardingState.Saved);
        var activityId = await ActivityData.AddActivityAsync(bot, "Хор", capacity: null, kind: "rehearsal");
        await bot.QueryAsync(async db =>
        {
            var person = await db.Set<Person>().SingleAsync(p => p.TelegramUserId == 920);
            db.Add(new SignUp { ActivityId = activityId, PersonId = person.Id, State = SignUpState.Confirmed, Attended = true, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, await InviteAfterActivityAsync(bot, activityId));
        var invitation = (await Api.WaitForAsync(c => c.ChatId == 920 && c.Text?.StartsWith("📝 Как прошло занятие", StringComparison.Ordinal) == true)).Single();
        Assert.Equal(["📝 Пройти опрос", "Не сейчас"], invitation.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));

        await chat.PressAsync("📝 Пройти опрос");
        Assert.Equal("Опрос «Как прошло занятие».", chat.Last.Where(c => c.Method == "sendMessage").SkipLast(1).Last().Text);
        Assert.StartsWith("Вопрос 1 из 3\nКак вам занятие?\n\n1 — очень плохо\n2 — плохо", chat.LastText);
        Assert.DoesNotContain(chat.InlineButtons, b => b.Text == "➡️ Пропустить");
        await chat.PressAsync("4 🙂");
        Assert.StartsWith("Вопрос 2 из 3", chat.LastText);
        await chat.PressAsync("➡️ Пропустить");
        Assert.StartsWith("Вопрос 3 из 3", chat.LastText);
        await chat.SendAsync("Хотелось бы репетиций почаще");
        Assert.Equal("Спасибо за ответы! Они помогают нам стать лучше.", chat.LastText);

        var answers = await bot.QueryAsync(db => db.Set<SurveyAnswer>().AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [("quality", (int?)4, (string?)null, false), ("liked", null, null, true), ("improve", null, "Хотелось бы репетиций почаще", false)],
            answers.Select(a => (a.Question, a.Score, a.Text, a.Skipped)));
        var stored = await bot.QueryAsync(db => db.Set<SurveyInvitation>().AsNoTracking().SingleAsync());
        Assert.Equal((InvitationState.Completed, "activity:" + activityId, "rehearsal"), (stored.State, stored.Occasion, stored.ActivityKind));

        Assert.Equal(0, await InviteAfterActivityAsync(bot, activityId));
        Assert.Single(Api.Calls, c => c.ChatId == 920 && c.Text?.StartsWith("📝 Как прошло занятие", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SurveyLeftAfterQuestionTwo_ContinuesAtQuestionThree_AfterARestart()
    {
        using var database = new TestDatabase();
        TestChat chat;
        await using (var first = await BotUnderTest.StartAsync(Api, database, OnboardingTests.Fast))
        {
            chat = await OnboardingTests.WalkToAsync(first, 921, OnboardingState.Saved);
            await InviteMoodAsync(first);
            await Api.WaitForAsync(c => c.ChatId == 921 && c.Text?.StartsWith("📝 Как ваше самочувствие", StringComparison.Ordinal) == true);
            await chat.PressAsync("📝 Пройти опрос");
            await chat.PressAsync("3 😐");
            await chat.PressAsync("2 🙁");
            Assert.StartsWith("Вопрос 3 из 4", chat.LastText);
            await chat.TapAsync("🏠 Меню");
        }

        await using var second = await BotUnderTest.StartAsync(Api, database, OnboardingTests.Fast);
        chat.Bot = second;
        await chat.TapMenuAsync("📝 Мои опросы");
        await chat.PressAsync("▶️ Как ваше самочувствие");

        Assert.Equal("Продолжим опрос с того же места.", chat.Last.First(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("Вопрос 3 из 4\nБывает ли вам одиноко?", chat.LastText);
        var answered = await second.QueryAsync(db => db.Set<SurveyAnswer>().AsNoTracking().OrderBy(a => a.Id).Select(a => a.Question + "=" + a.Score).ToListAsync());
        Assert.Equal(["mood=3", "anxiety=2"], answered);
        Assert.Equal(0, await InviteMoodAsync(second));
    }

    [Fact]
    public async Task WorstAnswerAboutLoneliness_ThanksAndOffersACall_ThatReachesCoordinatorsOnce_AndTheSurveyGoesOn()
    {
        var settings = new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "929" };
        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings);
        var admin = new TestChat(Api, bot, 929);
        await admin.SendAsync("/start");
        var chat = await OnboardingTests.WalkToAsync(bot, 922, OnboardingState.Saved);
        await InviteMoodAsync(bot);
        await Api.WaitForAsync(c => c.ChatId == 922 && c.Text?.StartsWith("📝 Как ваше самочувствие", StringComparison.Ordinal) == true);
        await chat.PressAsync("📝 Пройти опрос");
        await chat.PressAsync("3 😐");
        await chat.PressAsync("4 🙂");
        Assert.DoesNotContain(chat.History, c => c.Text?.StartsWith("Спасибо, что сказали честно", StringComparison.Ordinal) == true);

        await chat.PressAsync("1 😞");
        Assert.Equal($"Спасибо, что сказали честно. Если хотите поговорить, мы вам позвоним. Или позвоните нам сами: {BotUnderTest.TestPhone}.", chat.Last.First(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("Вопрос 4 из 4", chat.LastText);

        await chat.PressEarlierAsync("📞 Позвонить мне");
        Assert.Equal($"Хорошо, координатор вам позвонит. Если нужно срочно, звоните: {BotUnderTest.TestPhone}.", chat.Last.First(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("Вопрос 4 из 4", chat.LastText);
        var notice = await Api.WaitForAsync(c => c.ChatId == 929 && c.Text?.Contains("📞 Прошу позвонить мне", StringComparison.Ordinal) == true);
        Assert.Contains("+7 914 123-45-67", notice.Single().Text);
        Assert.Contains("«Бывает ли вам одиноко?»: почти всегда", notice.Single().Text);

        var button = chat.History.Last(c => c.Text?.StartsWith("Спасибо, что сказали честно", StringComparison.Ordinal) == true);
        await chat.PushAsync(Updates.Callback(922, button.InlineKeyboard[0][0].Data!, button.MessageId!.Value));
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<ClubBot.Features.Questions.CoordinatorQuestion>().CountAsync()));
    }

    // Two hours on: invitations wait out the first hour after registering (SurveyOccasionsTests covers that).
    private static DateTime Later => DateTime.UtcNow.AddHours(2);

    private static async Task<int> InviteAfterActivityAsync(BotUnderTest bot, long activityId) => await InviteAsync(bot, (i, db, outbox) => i.AfterActivityAsync(db, outbox, activityId, Later));

    private static async Task<int> InviteMoodAsync(BotUnderTest bot) => await InviteAsync(bot, (i, db, outbox) => i.MonthlyMoodAsync(db, outbox, new DateOnly(2026, 12, 1), Later));

    /// <summary>Calls an occasion the way a scheduled job will: its own scope and unit of work.</summary>
    private static async Task<int> InviteAsync(BotUnderTest bot, Func<SurveyInvitations, BotDbContext, OutboxWriter, Task<int>> invite)
    {
        await using var scope = bot.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var sent = await invite(scope.ServiceProvider.GetRequiredService<SurveyInvitations>(), db, scope.ServiceProvider.GetRequiredService<OutboxWriter>());
        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync();
        return sent;
    }
}
