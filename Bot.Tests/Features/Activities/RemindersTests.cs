using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Activities;

/// <summary>Reminders driven by a fake clock: the due work is run the way the Quartz job runs it, at chosen instants.</summary>
public sealed class RemindersTests : FakeBotApiTest
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("Asia/Irkutsk")]
    public async Task Reminders_Go24And2HoursBefore_InTheClubsZone_EachOnce(string zone)
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartAsync(clock, zone);
        var chat = await SignedUpAsync(bot, 930, LocalToUtc(zone, "2026-12-10 14:00"));

        Assert.Equal(0, await RunAtAsync(bot, clock, LocalToUtc(zone, "2026-12-09 13:59")));
        Assert.Equal(1, await RunAtAsync(bot, clock, LocalToUtc(zone, "2026-12-09 14:00")));
        // Delivered before the clock moves on: bulk pacing runs on the same clock.
        await RemindersTo(bot, 930, 1);
        Assert.Equal(0, await RunAtAsync(bot, clock, LocalToUtc(zone, "2026-12-09 14:30")));
        Assert.Equal(1, await RunAtAsync(bot, clock, LocalToUtc(zone, "2026-12-10 12:00")));

        var reminders = await RemindersTo(bot, 930, 2);
        Assert.All(reminders, r => Assert.StartsWith("⏰ Напоминаем: 🎨 Лепка — четверг, 10 декабря, 14:00", r.Text));
        Assert.Equal(["✅ Приду", "❌ Не смогу"], reminders[0].InlineKeyboard.SelectMany(b => b).Select(b => b.Text));
    }

    [Fact]
    public async Task AnEditedStart_MovesTheReminders_AndACancellationDropsThem()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartAsync(clock, "Europe/Moscow");
        await SignedUpAsync(bot, 931, LocalToUtc("Europe/Moscow", "2026-12-10 14:00"));
        await bot.QueryAsync(async db =>
        {
            var activity = await db.Set<Activity>().SingleAsync();
            activity.StartsAt = activity.StartsAt.AddDays(2);
            activity.EndsAt = activity.EndsAt.AddDays(2);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await RunAtAsync(bot, clock, LocalToUtc("Europe/Moscow", "2026-12-09 14:00")));
        Assert.Equal(1, await RunAtAsync(bot, clock, LocalToUtc("Europe/Moscow", "2026-12-11 14:00")));
        await RemindersTo(bot, 931, 1);

        await bot.QueryAsync(async db =>
        {
            (await db.Set<Activity>().SingleAsync()).State = ActivityState.Cancelled;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await RunAtAsync(bot, clock, LocalToUtc("Europe/Moscow", "2026-12-12 12:00")));
    }

    [Fact]
    public async Task CannotCome_FromTheReminder_FreesTheSeat_AndPromotesTheNextPerson()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartAsync(clock, "Europe/Moscow");
        var first = await SignedUpAsync(bot, 932, LocalToUtc("Europe/Moscow", "2026-12-10 14:00"), capacity: 1);
        var second = await OnboardingTests.WalkToAsync(bot, 933, OnboardingState.Saved);
        await second.TapAsync("📅 Куда пойти");
        await second.PressAsync("🎨 Мастерская, мастер-класс");
        await second.PressAsync("1. Лепка");
        await second.PressAsync("🕒 В лист ожидания (вы будете 1-м)");
        await second.PressAsync("Да, в лист ожидания");

        await RunAtAsync(bot, clock, LocalToUtc("Europe/Moscow", "2026-12-09 14:00"));
        await RemindersTo(bot, 932, 1);
        await first.PressAsync("❌ Не смогу");

        Assert.StartsWith("Запись отменена: 🎨 Лепка", first.LastText);
        Assert.StartsWith("Хорошая новость! Освободилось место", second.History.Last(c => c.Method == "sendMessage").Text);
        var signUps = await ActivityData.SignUpsAsync(bot, await bot.QueryAsync(db => db.Set<Activity>().Select(a => a.Id).SingleAsync()));
        Assert.Equal([SignUpState.Cancelled, SignUpState.Confirmed], signUps.Select(s => s.State));
    }

    [Fact]
    public async Task AfterARestart_EachReminderIsSentOnceAtItsTime()
    {
        using var database = new TestDatabase();
        var clock = new FakeTimeProvider(Start);
        await using (var first = await StartAsync(clock, "Europe/Moscow", database))
        {
            await SignedUpAsync(first, 934, LocalToUtc("Europe/Moscow", "2026-12-10 14:00"));
            Assert.Equal(0, await RunAtAsync(first, clock, LocalToUtc("Europe/Moscow", "2026-12-08 10:00")));
        }

        await using var second = await StartAsync(clock, "Europe/Moscow", database);
        Assert.Equal(1, await RunAtAsync(second, clock, LocalToUtc("Europe/Moscow", "2026-12-09 14:00")));
        Assert.Equal(0, await RunAtAsync(second, clock, LocalToUtc("Europe/Moscow", "2026-12-09 14:01")));
        await RemindersTo(second, 934, 1);
        Assert.Single(Api.Calls, c => c.ChatId == 934 && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("2026-12-10 13:00", 1)]
    [InlineData("2026-12-10 14:05", 0)]
    public async Task AfterDowntime_AReminderGoesOnStart_OnlyIfTheActivityHasNotStarted(string back, int expected)
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartAsync(clock, "Europe/Moscow");
        await SignedUpAsync(bot, 935, LocalToUtc("Europe/Moscow", "2026-12-10 14:00"));

        // Down from before the first reminder until `back`: the run on start catches up, with one reminder, not two.
        Assert.Equal(expected, await RunAtAsync(bot, clock, LocalToUtc("Europe/Moscow", back)));
        Assert.Equal(0, await RunAtAsync(bot, clock, LocalToUtc("Europe/Moscow", back).AddMinutes(1)));
        if (expected == 1)
            await RemindersTo(bot, 935, 1);
        Assert.Equal(expected, Api.Calls.Count(c => c.ChatId == 935 && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true));
    }

    private Task<BotUnderTest> StartAsync(FakeTimeProvider clock, string zone, TestDatabase? database = null) =>
        BotUnderTest.StartAsync(
            Api,
            database,
            new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:TimeZone"] = zone },
            s => s.AddSingleton<TimeProvider>(clock));

    private async Task<TestChat> SignedUpAsync(BotUnderTest bot, long chatId, DateTime startsUtc, int? capacity = 10)
    {
        var chat = await OnboardingTests.WalkToAsync(bot, chatId, OnboardingState.Saved);
        var exists = await bot.QueryAsync(db => db.Set<Activity>().AnyAsync());
        if (!exists)
        {
            await bot.QueryAsync(async db =>
            {
                db.Add(new Activity { Kind = "workshop", Title = "Лепка", StartsAt = startsUtc, EndsAt = startsUtc.AddHours(2), Place = "Дом культуры", Capacity = capacity, CreatedAt = Start.UtcDateTime, Version = 1 });
                return await db.SaveChangesAsync();
            });
        }

        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        await chat.PressAsync("1. Лепка");
        await chat.PressAsync("✅ Записаться");
        await chat.PressAsync("Да, записаться");
        return chat;
    }

    private static Task<int> RunAtAsync(BotUnderTest bot, FakeTimeProvider clock, DateTime utc) => bot.RunDueAsync<ActivityReminders>(clock, utc);

    private async Task<IReadOnlyList<RecordedCall>> RemindersTo(BotUnderTest bot, long chatId, int count)
    {
        IReadOnlyList<RecordedCall> Arrived() => Api.Calls.Where(c => c.ChatId == chatId && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true).ToList();
        await bot.NudgeUntilAsync((FakeTimeProvider)bot.App.Services.GetRequiredService<TimeProvider>(), () => Arrived().Count >= count);
        Assert.Equal(count, Arrived().Count);
        return Arrived();
    }

    private static DateTime LocalToUtc(string zone, string local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone));
}
