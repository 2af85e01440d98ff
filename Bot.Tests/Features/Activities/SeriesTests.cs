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

    [Fact]
    public async Task AnotherDate_IsPickedFromTheCard_AndTheSignUpIsForThatDateOnly()
    {
        await using var bot = await StartAsync();
        await CreateSeriesAsync(bot, "4");
        var ids = await DateIdsAsync(bot);
        var anna = await OnboardingTests.WalkToAsync(bot, 875, OnboardingState.Saved);
        await anna.TapAsync("📅 Куда пойти");
        await anna.PressAsync("🎵 Репетиция ансамбля");
        await anna.PressAsync("1. Хор «Сибирячка»");

        await anna.PressAsync("📆 Другие даты");
        Assert.Equal("Выберите встречу — «Хор «Сибирячка»»:", anna.LastText);
        Assert.Equal(["• вторник, 8 декабря, 14:00", "четверг, 10 декабря, 14:00", "вторник, 15 декабря, 14:00", "четверг, 17 декабря, 14:00"], anna.InlineButtons.Select(b => b.Text));
        await anna.PressAsync("вторник, 15 декабря, 14:00");
        Assert.Contains("Когда: вторник, 15 декабря, 14:00", anna.LastText);
        Assert.Contains("впереди 3 встречи: 8 декабря, 10 декабря, 17 декабря", anna.LastText);
        await anna.PressAsync("✅ Записаться");
        await anna.PressAsync("Да, записаться");
        Assert.StartsWith("Готово! Вы записаны: 🎵 Хор «Сибирячка» — вторник, 15 декабря, 14:00.", anna.LastText);
        var mine = await bot.QueryAsync(db => db.Set<SignUp>().Where(s => s.Person!.ChatId == 875).Select(s => s.ActivityId).ToListAsync());
        Assert.Equal([ids[2]], mine);

        // With one date taken, «На все встречи» still offers the rest and keeps the seat she has.
        await anna.TapAsync("📅 Куда пойти");
        await anna.PressAsync("🎵 Репетиция ансамбля");
        await anna.PressAsync("1. Хор «Сибирячка»");
        await anna.PressAsync("📅 На все встречи (4)");
        await anna.PressAsync("Да, на все встречи");
        Assert.StartsWith("Готово! Вы записаны на встречи «Хор «Сибирячка»»: 4 встречи.", anna.LastText);
        Assert.Equal(4, await bot.QueryAsync(db => db.Set<SignUp>().CountAsync(s => s.Person!.ChatId == 875)));
    }

    [Fact]
    public async Task MySignUps_ShowsASeriesInOneLine_AndCancellingOffersTheNextDateOrAll()
    {
        await using var bot = await StartAsync();
        await CreateSeriesAsync(bot, "4");
        var ids = await DateIdsAsync(bot);
        await FillAsync(bot, ids[2]);
        var anna = await SignedUpForAllAsync(bot, 872);

        await anna.TapAsync("🗓 Мои записи");
        Assert.Equal("Ваши записи:\n\n• 🎵 Хор «Сибирячка» — вторник, 8 декабря, 14:00\n   📍 Дом культуры\n"
            + "   🔁 по вторникам и четвергам — вы записаны на встречи: 3\n   ⏳ в листе ожидания: 15 декабря", anna.LastText);
        await anna.PressAsync("❌ Отменить: Хор «Сибирячка»");
        Assert.Equal("Отменить запись на встречи «Хор «Сибирячка»»?\nБлижайшая — вторник, 8 декабря, 14:00. Всего вы записаны: 4 встречи.", anna.LastText);
        Assert.Equal(["Только ближайшую", "Все встречи (4)", "Нет"], anna.InlineButtons.Select(b => b.Text));
        await anna.PressAsync("Только ближайшую");
        Assert.StartsWith("Запись отменена: 🎵 Хор «Сибирячка» — вторник, 8 декабря, 14:00.", anna.LastText);
        Assert.Equal([SignUpState.Cancelled, SignUpState.Confirmed, SignUpState.Waiting, SignUpState.Confirmed], await StatesAsync(bot, 872, ids));

        await anna.TapAsync("🗓 Мои записи");
        Assert.Contains("• 🎵 Хор «Сибирячка» — четверг, 10 декабря, 14:00", anna.LastText);
        await anna.PressAsync("❌ Отменить: Хор «Сибирячка»");
        await anna.PressAsync("Все встречи (3)");
        Assert.StartsWith("Запись отменена: «Хор «Сибирячка»», встреч: 3.", anna.LastText);
        Assert.Equal([SignUpState.Cancelled, SignUpState.Cancelled, SignUpState.Cancelled, SignUpState.Cancelled], await StatesAsync(bot, 872, ids));
    }

    [Fact]
    public async Task ChangingThisAndTheFollowingDates_MovesEachOfThem_AndTellsEachPersonOnce()
    {
        await using var bot = await StartAsync();
        var admin = await CreateSeriesAsync(bot, "4");
        var anna = await SignedUpForAllAsync(bot, 873);

        await OpenDateAsync(admin, "четверг, 10 декабря");
        await admin.PressAsync("✏️ Изменить");
        await admin.PressAsync("✏️ Место");
        await admin.SendAsync("Библиотека");
        await admin.PressAsync("💾 Сохранить");
        Assert.Equal("Это одна из встреч серии. Изменить только её или её и все следующие?", admin.LastText);
        Assert.Equal(["Только эту встречу", "Эту и следующие (3)"], admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync("Эту и следующие (3)");
        Assert.StartsWith("Изменения сохранены, встреч: 3. Сообщение получили записавшиеся: 1.", admin.LastText);
        var told = Assert.Single(await Api.WaitForAsync(c => c.ChatId == 873 && c.Text?.StartsWith("Изменились", StringComparison.Ordinal) == true));
        Assert.StartsWith("Изменились встречи «Хор «Сибирячка»», на которые вы записаны: 3 встречи. Ближайшая — четверг, 10 декабря, 14:00.\n"
            + "• Место: было «Дом культуры» — стало «Библиотека»", told.Text);
        Assert.Equal(["Дом культуры", "Библиотека", "Библиотека", "Библиотека"], (await DatesAsync(bot)).Select(a => a.Place));

        // An hour later from 15 December on: those dates move by the hour, the earlier ones stay.
        await OpenDateAsync(admin, "вторник, 15 декабря");
        await admin.PressAsync("✏️ Изменить");
        await admin.PressAsync("✏️ Начало");
        await admin.SendAsync("15.12 15:00");
        await admin.PressAsync("💾 Сохранить");
        await admin.PressAsync("Эту и следующие (2)");
        var dates = await DatesAsync(bot);
        Assert.Equal([Meetings[0], Meetings[1], Meetings[2].AddHours(1), Meetings[3].AddHours(1)], dates.Select(a => a.StartsAt));
        Assert.Equal(dates.Select(a => a.StartsAt.AddHours(2)), dates.Select(a => a.EndsAt));
        await OpenDateAsync(admin, "четверг, 10 декабря");
        await admin.PressAsync("✏️ Изменить");
        await admin.PressAsync("Дальше ▶️");
        await admin.PressAsync("✏️ Мест");
        await admin.SendAsync("5");
        await admin.PressAsync("💾 Сохранить");
        await admin.PressAsync("Только эту встречу");
        Assert.StartsWith("Изменения сохранены. Сообщение получили записавшиеся: 1.", admin.LastText);
        Assert.Equal([2, 5, 2, 2], (await DatesAsync(bot)).Select(a => a.Capacity));
    }

    [Fact]
    public async Task CancellingThisAndTheFollowingDates_TellsEachPersonOnceWithTheirDates_AndTheReportCountsTheHeldOnes()
    {
        await using var bot = await StartAsync();
        var admin = await CreateSeriesAsync(bot, "4");
        await SignedUpForAllAsync(bot, 874);

        await OpenDateAsync(admin, "вторник, 15 декабря");
        await admin.PressAsync("❌ Отменить занятие");
        Assert.Equal("Это одна из встреч серии. Отменить только её или её и все следующие?", admin.LastText);
        await admin.PressAsync("Эту и следующие (2)");
        await admin.SendAsync("Зал на ремонте");
        Assert.Equal("Отменить встречи «Хор «Сибирячка»»: 2 встречи?\n15 декабря, 17 декабря\nПричина: Зал на ремонте\nВсе записавшиеся и ожидающие получат сообщение.", admin.LastText);
        await admin.PressAsync("Да, отменить занятие");
        Assert.StartsWith("Отменено встреч: 2. Сообщение отправлено: 1.", admin.LastText);
        var told = Assert.Single(await Api.WaitForAsync(c => c.ChatId == 874 && c.Text?.StartsWith("К сожалению", StringComparison.Ordinal) == true));
        Assert.Equal($"К сожалению, отменяются встречи «Хор «Сибирячка»»: 15 декабря, 17 декабря.\nПричина: Зал на ремонте\nПросим прощения! Вопросы — по телефону {BotUnderTest.TestPhone}.", told.Text);
        Assert.Equal([ActivityState.Planned, ActivityState.Planned, ActivityState.Cancelled, ActivityState.Cancelled], (await DatesAsync(bot)).Select(a => a.State));

        // After the last date: the two held dates are two activities held, each with its seat.
        _clock.SetUtcNow(new DateTimeOffset(Meetings[3].AddDays(1)));
        await admin.TapMenuAsync("📈 Отчёт");
        await admin.SendAsync("01.12.2026–31.12.2026");
        Assert.Contains("📅 Занятий проведено: 2\nЗаписей: 2 ·", admin.Last.First(c => c.Method == "sendMessage").Text);
    }

    private static Task<List<Activity>> DatesAsync(BotUnderTest bot) =>
        bot.QueryAsync(db => db.Set<Activity>().AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    private static Task<List<long>> DateIdsAsync(BotUnderTest bot) =>
        bot.QueryAsync(db => db.Set<Activity>().OrderBy(a => a.StartsAt).Select(a => a.Id).ToListAsync());

    private static Task<List<SignUpState>> StatesAsync(BotUnderTest bot, long chat, List<long> ids) => bot.QueryAsync(async db =>
    {
        var mine = await db.Set<SignUp>().Where(s => s.Person!.ChatId == chat).ToListAsync();
        return ids.Select(id => mine.Single(s => s.ActivityId == id).State).ToList();
    });

    /// <summary>A participant who signed up for every meeting from the series' card.</summary>
    private async Task<TestChat> SignedUpForAllAsync(BotUnderTest bot, long chatId)
    {
        var chat = await OnboardingTests.WalkToAsync(bot, chatId, OnboardingState.Saved);
        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎵 Репетиция ансамбля");
        await chat.PressAsync("1. Хор «Сибирячка»");
        await chat.PressAsync("📅 На все встречи (4)");
        await chat.PressAsync("Да, на все встречи");
        return chat;
    }

    /// <summary>The coordinator's card of the date on <paramref name="day"/>, from «🗂 Занятия».</summary>
    private static async Task OpenDateAsync(TestChat admin, string day)
    {
        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains(day, StringComparison.Ordinal)).Text);
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
