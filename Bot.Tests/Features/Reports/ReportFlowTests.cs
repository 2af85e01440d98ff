using ClubBot.Features.Reports;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Reports;

/// <summary>«📈 Отчёт» pressed by a coordinator, and the reports that go by themselves at the start of a period.</summary>
public sealed class ReportFlowTests : FakeBotApiTest
{
    private const long Admin = 960;
    private static readonly Dictionary<string, string?> Settings = new(OnboardingTests.Fast) { ["Club:TimeZone"] = "Europe/Moscow", ["Club:Admins:0"] = "960" };

    [Fact]
    public async Task Coordinator_ChoosesLastMonth_AndGetsTheMessageThenTheChartTheCsvAndTheWorkbook()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await admin.TapMenuAsync("📈 Отчёт");
        Assert.Contains("Прошлый месяц", admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync("Прошлый месяц");

        var message = admin.Last.Single(c => c.Method == "sendMessage");
        Assert.StartsWith("📈 Отчёт: ", message.Text);
        var files = admin.Last.Where(c => c.Method == "sendDocument").SelectMany(c => c.Files.Values).ToList();
        Assert.Equal([".csv", ".xlsx"], files.Select(f => Path.GetExtension(f.FileName)));
        Assert.Equal([0xEF, 0xBB, 0xBF], files[0].Content[..3]);
        Assert.Equal((byte)'P', files[1].Content[0]);
        var chart = admin.Last.Single(c => c.Method == "sendPhoto");
        Assert.StartsWith("📊 ", chart.Parameters["caption"]?.GetValue<string>());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Files.Values.Single().Content[..4]);
        var order = admin.Last.Select(c => c.Method).Where(m => m is "sendMessage" or "sendPhoto" or "sendDocument").ToList();
        Assert.Equal(["sendMessage", "sendPhoto", "sendDocument", "sendDocument"], order);
        Assert.Null((await admin.SessionAsync())!.Flow);
    }

    [Fact]
    public async Task ATypedPeriod_IsRead_AndAnImpossibleOneIsExplained_WithTheButtonsAgain()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📈 Отчёт");

        await admin.SendAsync("31.12.2026–01.10.2026");
        Assert.StartsWith("Конец периода раньше начала", admin.Last.First(c => c.Method == "sendMessage").Text);
        Assert.Contains("Этот год", admin.InlineButtons.Select(b => b.Text));
        await admin.SendAsync("🎂");
        Assert.StartsWith("Не получилось понять период", admin.Last.First(c => c.Method == "sendMessage").Text);

        await admin.SendAsync("2025");
        Assert.StartsWith("📈 Отчёт: 2025 год", admin.Last.First(c => c.Method == "sendMessage").Text);
        Assert.Equal(2, admin.Last.Count(c => c.Method == "sendDocument"));
    }

    [Fact]
    public async Task AParticipant_CannotOpenTheReport_NorPressItsButtons()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var participant = await OnboardingTests.WalkToAsync(bot, 961, ClubBot.Features.Onboarding.OnboardingState.Saved);
        Assert.DoesNotContain("📈 Отчёт", participant.ReplyButtons);

        await participant.PushAsync(Updates.Callback(961, "pr:Choose:period:ButtonLastMonth"));

        Assert.DoesNotContain(participant.Last, c => c.Method == "sendDocument");
    }

    [Fact]
    public async Task OnTheFirstOfAMonth_LastMonthsReportGoesToStaffOnce_AndOnTheFirstOfAQuarterTheQuartersToo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.QueryAsync(async db =>
        {
            db.Add(new Person { TelegramUserId = Admin, ChatId = Admin, Name = "Администратор", CreatedAt = clock.GetUtcNow().UtcDateTime, LastSeenAt = clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });

        // Moscow is UTC+3: 09:00 on 1 October is 06:00 UTC.
        Assert.Equal(0, await bot.RunDueAsync<PeriodReports>(clock, new DateTime(2026, 10, 1, 5, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(2, await bot.RunDueAsync<PeriodReports>(clock, new DateTime(2026, 10, 1, 6, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(0, await bot.RunDueAsync<PeriodReports>(clock, new DateTime(2026, 10, 1, 7, 0, 0, DateTimeKind.Utc)));

        // Bulk sends to one chat are paced on the clock: a message and two files for each report.
        await bot.NudgeUntilAsync(clock, () => Api.Calls.Count(c => c.ChatId == Admin && c.Method is "sendMessage" or "sendDocument") >= 6);
        var messages = Api.Calls.Where(c => c.ChatId == Admin && c.Method == "sendMessage").ToList();
        Assert.Equal(["📈 Отчёт: III квартал 2026", "📈 Отчёт: сентябрь 2026"], messages.Select(m => m.Text!.Split('\n')[2]).Order(StringComparer.Ordinal));
        Assert.Equal(4, Api.Calls.Count(c => c.ChatId == Admin && c.Method == "sendDocument"));
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendTheReportOnce()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.QueryAsync(async db =>
        {
            db.Add(new Person { TelegramUserId = Admin, ChatId = Admin, Name = "Администратор", CreatedAt = clock.GetUtcNow().UtcDateTime, LastSeenAt = clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });
        var at = clock.GetUtcNow().UtcDateTime;

        // As two instances would, were Quartz's cluster lock ever to let both fire: the record of the period is unique.
        var runs = await Task.WhenAll(Run(), Run());

        Assert.Equal(1, runs.Sum());
        await bot.NudgeUntilAsync(clock, () => Api.Calls.Count(c => c.ChatId == Admin && c.Method is "sendMessage" or "sendDocument") >= 3);
        Assert.Single(Api.Calls, c => c.ChatId == Admin && c.Method == "sendMessage");
        Assert.Equal(0, await bot.RunDueAsync<PeriodReports>(clock, at));

        async Task<int> Run()
        {
            try
            {
                return await bot.RunDueAsync<PeriodReports>(clock, at);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                return 0;
            }
        }
    }

    [Fact]
    public async Task AReportMissedWhileDown_GoesOnStart_ButNotWeeksLater()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 3, 12, 0, 0, TimeSpan.Zero));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));

        Assert.Equal(1, await bot.RunDueAsync<PeriodReports>(clock, new DateTime(2026, 11, 3, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(0, await bot.RunDueAsync<PeriodReports>(clock, new DateTime(2026, 11, 3, 12, 5, 0, DateTimeKind.Utc)));
        Assert.Equal(0, await bot.RunDueAsync<PeriodReports>(clock, new DateTime(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc)));
    }
}
