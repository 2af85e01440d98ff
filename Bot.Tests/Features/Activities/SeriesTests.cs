using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Activities;

/// <summary>A repeating activity (P11): created once, listed once, signed up for one date or all, changed or cancelled from one date on.</summary>
public sealed class SeriesTests : FakeBotApiTest
{
    private const long Admin = 870;

    /// <summary>Wednesday 2 December 2026, 10:00 in Irkutsk.</summary>
    private static readonly DateTimeOffset Today = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The meetings the script below asks for: Tuesdays and Thursdays at 14:00 Irkutsk (06:00 UTC) from 8 December to 31 December.</summary>
    private static readonly DateTime[] Meetings = [.. new[] { 8, 10, 15, 17, 22, 24, 29, 31 }.Select(d => new DateTime(2026, 12, d, 6, 0, 0, DateTimeKind.Utc))];

    private static Dictionary<string, string?> WithAdmin => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "870" };

    private readonly FakeTimeProvider _clock = new(Today);

    private Task<BotUnderTest> StartAsync() => BotUnderTest.StartAsync(Api, settings: WithAdmin, services: s => s.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task ACoordinator_CreatesASeriesOnce_AndItBecomesADatedActivityForEachMeeting()
    {
        await using var bot = await StartAsync();
        var admin = await CoordinatorAtSummaryAsync(bot);

        await admin.PressAsync("🔁 Повторять");
        Assert.StartsWith("В какие дни недели повторять?", admin.LastText);
        Assert.Equal(["Пн", "✅ Вт", "Ср", "Чт", "Пт", "Сб", "Вс", "➡️ Дальше", "Без повтора"], admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync("Чт");
        Assert.Contains("✅ Чт", admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync("➡️ Дальше");
        Assert.StartsWith("До какого дня повторять?", admin.LastText);
        Assert.Contains("«08.02.2027»", admin.LastText);
        await admin.SendAsync("09.12.2027");
        Assert.StartsWith("Серия — не дольше года: последняя встреча не позже среда, 8 декабря 2027.", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("1");
        Assert.StartsWith("Так выходит одна встреча", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("31.12");
        Assert.Contains("Повтор: по вторникам и четвергам, 8 встреч, последняя — четверг, 31 декабря", admin.LastText);

        await admin.PressAsync("💾 Сохранить");
        Assert.Equal("Серия создана: 8 встреч по вторникам и четвергам.\nПервая — вторник, 8 декабря, 14:00, последняя — четверг, 31 декабря, 14:00.", admin.LastText);
        var dates = await bot.QueryAsync(db => db.Set<Activity>().AsNoTracking().OrderBy(a => a.StartsAt).ToListAsync());
        Assert.Equal(Meetings, dates.Select(a => a.StartsAt));
        Assert.All(dates, a => Assert.Equal((dates[0].SeriesId, "Хор «Сибирячка»", 2, a.StartsAt.AddHours(2)), (a.SeriesId, a.Title, a.Capacity, a.EndsAt)));
        Assert.NotNull(dates[0].SeriesId);
    }

    [Fact]
    public async Task TheCatalogueListsASeriesOnce_AndAllMeetingsGiveASeatEachOrAWaitingPlaceWhereFull()
    {
        await using var bot = await StartAsync();
        await CreateSeriesAsync(bot, "4");
        var ids = await bot.QueryAsync(db => db.Set<Activity>().OrderBy(a => a.StartsAt).Select(a => a.Id).ToListAsync());
        await FillAsync(bot, ids[2]);

        var anna = await OnboardingTests.WalkToAsync(bot, 871, OnboardingState.Saved);
        await anna.TapAsync("📅 Куда пойти");
        await anna.PressAsync("🎵 Репетиция ансамбля");
        Assert.Contains("1. вторник, 8 декабря, 14:00 · Хор «Сибирячка» · Дом культуры · свободно мест: 2 · 🔁 по вторникам и четвергам", anna.LastText);
        Assert.DoesNotContain("2.", anna.LastText);
        await anna.PressAsync("1. Хор «Сибирячка»");
        Assert.Contains("🔁 по вторникам и четвергам, впереди 3 встречи: 10 декабря, 15 декабря, 17 декабря", anna.LastText);
        Assert.Equal(["✅ Записаться", "📅 На все встречи (4)", "📆 Другие даты"], anna.InlineButtons.Select(b => b.Text));

        await anna.PressAsync("📅 На все встречи (4)");
        Assert.StartsWith("Записать вас на все встречи «Хор «Сибирячка»»?\n4 встречи: 8 декабря, 10 декабря, 15 декабря, 17 декабря", anna.LastText);
        await anna.PressAsync("Да, на все встречи");
        Assert.Equal("Готово! Вы записаны на встречи «Хор «Сибирячка»»: 3 встречи. Накануне каждой мы напомним.\n"
            + "Где мест уже нет, вы в листе ожидания: 15 декабря. Если место освободится, мы сразу напишем.", anna.LastText);
        var mine = await bot.QueryAsync(db => db.Set<SignUp>().Where(s => s.Person!.ChatId == 871).OrderBy(s => s.ActivityId).Select(s => new { s.ActivityId, s.State }).ToListAsync());
        Assert.Equal([(ids[0], SignUpState.Confirmed), (ids[1], SignUpState.Confirmed), (ids[2], SignUpState.Waiting), (ids[3], SignUpState.Confirmed)], mine.Select(s => (s.ActivityId, s.State)));
    }

    /// <summary>Two others take both seats of a meeting.</summary>
    private static Task FillAsync(BotUnderTest bot, long activityId) => bot.QueryAsync(async db =>
    {
        foreach (var n in new[] { 1, 2 })
        {
            var person = new Person { Name = $"Участник {n}", Phone = $"+7914000000{n}", CreatedAt = Today.UtcDateTime, LastSeenAt = Today.UtcDateTime };
            db.Add(new SignUp { ActivityId = activityId, Person = person, State = SignUpState.Confirmed, CreatedAt = Today.UtcDateTime });
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>The coordinator types a rehearsal from Tuesday 8 December, 14:00–16:00, two seats, and stands at its summary.</summary>
    private async Task<TestChat> CoordinatorAtSummaryAsync(BotUnderTest bot)
    {
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync("➕ Новое занятие");
        await admin.PressAsync("🎵 Репетиция ансамбля");
        await admin.SendAsync("Хор «Сибирячка»");
        await admin.SendAsync("08.12 14:00");
        await admin.SendAsync("16:00");
        await admin.SendAsync("Дом культуры");
        await admin.TapAsync("➡️ Пропустить");
        await admin.SendAsync("2");
        await admin.TapAsync("Бесплатно");
        await admin.TapAsync("➡️ Пропустить");
        await admin.TapAsync("➡️ Пропустить");
        return admin;
    }

    /// <summary>The rehearsal on Tuesdays and Thursdays from 8 December, ending as <paramref name="end"/> says.</summary>
    private async Task<TestChat> CreateSeriesAsync(BotUnderTest bot, string end)
    {
        var admin = await CoordinatorAtSummaryAsync(bot);
        await admin.PressAsync("🔁 Повторять");
        await admin.PressAsync("Чт");
        await admin.PressAsync("➡️ Дальше");
        await admin.SendAsync(end);
        await admin.PressAsync("💾 Сохранить");
        Assert.StartsWith("Серия создана", admin.LastText);
        return admin;
    }
}
