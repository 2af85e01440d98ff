using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.Features.Surveys;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Surveys;

/// <summary>Survey invitations going out when their occasions come, run as the Quartz job runs them, on a fake clock.</summary>
public sealed class SurveyOccasionsTests : FakeBotApiTest
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AfterAnAttendedActivity_TheInvitationWaitsForTheDelay_AndGoesOnce()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Surveys:MonthlyMoodDay"] = "28", ["Surveys:Needs"] = "" }, services: s => s.AddSingleton<TimeProvider>(clock));
        await OnboardingTests.WalkToAsync(bot, 940, OnboardingState.Saved);
        var ends = Start.UtcDateTime.AddHours(5);
        await bot.QueryAsync(async db =>
        {
            var activity = new Activity { Kind = "club", Title = "Чаепитие", StartsAt = ends.AddHours(-2), EndsAt = ends, CreatedAt = Start.UtcDateTime, Version = 1 };
            db.Add(activity);
            db.Add(new SignUp { Activity = activity, PersonId = await db.Set<Person>().Where(p => p.TelegramUserId == 940).Select(p => p.Id).SingleAsync(), State = SignUpState.Confirmed, Attended = true, CreatedAt = Start.UtcDateTime });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await RunAtAsync(bot, clock, ends.AddHours(2.9)));
        Assert.Equal(1, await RunAtAsync(bot, clock, ends.AddHours(3)));
        Assert.Equal(0, await RunAtAsync(bot, clock, ends.AddHours(4)));

        var invitation = (await Api.WaitForAsync(c => c.ChatId == 940 && c.Text?.StartsWith("📝 Как прошло занятие", StringComparison.Ordinal) == true)).Single();
        Assert.Contains("📝 Пройти опрос", invitation.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
    }

    [Fact]
    public async Task TheMonthlyMoodCheck_GoesOnItsDayAndTime_OncePerMonth()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartInIrkutskAsync(clock);
        await OnboardingTests.WalkToAsync(bot, 941, OnboardingState.Saved);

        // 5:00 UTC is 13:00 in Irkutsk on the 1st — past 11:00, so it goes, once the first hour after registering is over.
        Assert.Equal(0, await RunAtAsync(bot, clock, Start.UtcDateTime.AddMinutes(59)));
        Assert.Equal(1, await RunAtAsync(bot, clock, Start.UtcDateTime.AddMinutes(61)));
        Assert.Equal(0, await RunAtAsync(bot, clock, Start.UtcDateTime.AddDays(2)));
        var occasions = await bot.QueryAsync(db => db.Set<SurveyInvitation>().Select(i => i.Occasion).ToListAsync());
        Assert.Equal(["mood:2026-12"], occasions);
    }

    [Fact]
    public async Task TheNeedsSurvey_IsOfferedOnceAfterRegistering()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Surveys:MonthlyMoodDay"] = "28" }, services: s => s.AddSingleton<TimeProvider>(clock));
        await OnboardingTests.WalkToAsync(bot, 942, OnboardingState.Saved);

        Assert.Equal(0, await RunAtAsync(bot, clock, Start.UtcDateTime.AddHours(2)));
        Assert.Equal(1, await RunAtAsync(bot, clock, Start.UtcDateTime.AddHours(3)));
        Assert.Equal(0, await RunAtAsync(bot, clock, Start.UtcDateTime.AddHours(30)));
        await Api.WaitForAsync(c => c.ChatId == 942 && c.Text?.StartsWith("📝 Чем вам помочь", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AnInvitation_WaitsWhileThePersonIsInTheMiddleOfAFlow_AndGoesWhenTheyAreIdle()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartInIrkutskAsync(clock);
        var chat = await OnboardingTests.WalkToAsync(bot, 943, OnboardingState.Saved);
        clock.Advance(TimeSpan.FromHours(2));
        await chat.TapMenuAsync("🎁 Автобус добра");

        Assert.Equal(0, await RunAtAsync(bot, clock, clock.GetUtcNow().UtcDateTime.AddMinutes(1)));
        Assert.Equal(0, await RunAtAsync(bot, clock, clock.GetUtcNow().UtcDateTime.AddHours(3)));
        await chat.TapAsync("🏠 Меню");
        Assert.Equal(0, await RunAtAsync(bot, clock, clock.GetUtcNow().UtcDateTime.AddMinutes(4)));
        Assert.Equal(1, await RunAtAsync(bot, clock, clock.GetUtcNow().UtcDateTime.AddMinutes(6)));
        await Api.WaitForAsync(c => c.ChatId == 943 && c.Text?.StartsWith("📝 Как ваше самочувствие", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AnInvitation_WaitsFiveMinutesAfterTheLastMessage_ThoughTheSessionTimeIsKeptToTheMinute()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartInIrkutskAsync(clock);
        var chat = await OnboardingTests.WalkToAsync(bot, 944, OnboardingState.Saved);
        clock.Advance(TimeSpan.FromHours(2));
        await chat.SendAsync("🏠 Меню");
        // Less than a minute later: the session keeps the first message's time on record.
        clock.Advance(TimeSpan.FromSeconds(50));
        await chat.SendAsync("🏠 Меню");
        var lastMessage = clock.GetUtcNow().UtcDateTime;

        Assert.Equal(0, await RunAtAsync(bot, clock, lastMessage.AddMinutes(4.5)));
        Assert.Equal(1, await RunAtAsync(bot, clock, lastMessage.AddMinutes(5.5)));
        await Api.WaitForAsync(c => c.ChatId == 944 && c.Text?.StartsWith("📝 Как ваше самочувствие", StringComparison.Ordinal) == true);
    }

    /// <summary>A bot on the fake clock in Irkutsk time, with the needs survey switched off.</summary>
    private Task<BotUnderTest> StartInIrkutskAsync(FakeTimeProvider clock) =>
        BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:TimeZone"] = "Asia/Irkutsk", ["Surveys:Needs"] = "" }, services: s => s.AddSingleton<TimeProvider>(clock));

    private static Task<int> RunAtAsync(BotUnderTest bot, FakeTimeProvider clock, DateTime utc) => bot.RunDueAsync<SurveyOccasions>(clock, utc);
}
