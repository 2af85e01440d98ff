using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Activities;

/// <summary>A forum day with parallel platforms (P12, seed 004): one session per time, a programme of one's own, one reminder, counted once.</summary>
public sealed class ForumDayTests : FakeBotApiTest
{
    private const long Admin = 890;
    private const string Forum = "Марафон социальных технологий";

    /// <summary>Wednesday 2 December 2026, 10:00 in Irkutsk.</summary>
    private static readonly DateTimeOffset Today = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Tuesday 8 December 2026 at <paramref name="hour"/>:00 in Irkutsk (UTC+8).</summary>
    private static DateTime On8December(int hour) => new(2026, 12, 8, hour - 8, 0, 0, DateTimeKind.Utc);

    private static Dictionary<string, string?> WithAdmin => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "890" };

    private readonly FakeTimeProvider _clock = new(Today);

    private Task<BotUnderTest> StartAsync() => BotUnderTest.StartAsync(Api, settings: WithAdmin, services: s => s.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task ACoordinator_NamesTheForumOfASession_AndTheNextSessionJoinsItByAButton()
    {
        await using var bot = await StartAsync();
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await TypeSessionAsync(admin, "Стационарозамещающие технологии", "Зал 1");
        await admin.PressAsync("🧩 Форум");
        Assert.StartsWith("Это площадка или мастер-класс форума?", admin.LastText);
        Assert.Equal(["Не форум"], admin.InlineButtons.Select(b => b.Text));
        await admin.SendAsync("?");
        Assert.StartsWith("Название форума — от 3 до 150 знаков.", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync(Forum);
        Assert.Contains($"Форум: «{Forum}»", admin.LastText);
        Assert.DoesNotContain("🔁 Повторять", admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync("💾 Сохранить");
        Assert.EndsWith($"\nЭто площадка форума «{Forum}»; всего площадок: 1.", admin.LastText);

        await TypeSessionAsync(admin, "Сопровождение выпускников", "Зал 2");
        await admin.PressAsync("🧩 Форум");
        Assert.Equal([Forum, "Не форум"], admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync(Forum);
        await admin.PressAsync("💾 Сохранить");
        Assert.EndsWith($"\nЭто площадка форума «{Forum}»; всего площадок: 2.", admin.LastText);

        var sessions = await bot.QueryAsync(db => db.Set<Activity>().AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Зал 1", "Зал 2"], sessions.Select(a => a.Place));
        Assert.NotNull(sessions[0].ForumDayId);
        Assert.Equal(sessions[0].ForumDayId, sessions[1].ForumDayId);
        Assert.Equal(Forum, await bot.QueryAsync(db => db.Set<ForumDay>().Select(f => f.Title).SingleAsync()));
    }

    [Fact]
    public async Task APerson_PicksOneSessionPerTime_AMoveFreesTheOldSeat_AndTheirProgrammeShowsWhatTheyChose()
    {
        await using var bot = await StartAsync();
        var ids = await ForumAsync(bot);
        var anna = await OnboardingTests.WalkToAsync(bot, 891, OnboardingState.Saved);

        await OpenForumAsync(anna);
        Assert.Equal($"🧩 «{Forum}»\nвторник, 8 декабря\nВыберите площадку — на каждое время одну.\n\n"
            + "🕘 10:00–12:00\n1. «Стационарозамещающие технологии» · Зал 1 · свободно мест: 2\n2. «Сопровождение выпускников» · Зал 2 · свободно мест: 1\n"
            + "3. «Семьи с детьми-инвалидами» · Зал 3 · свободно мест: 30\n\n🕘 13:00–15:00\n4. «Арт-терапия» · Малый зал · свободно мест: 10", anna.LastText);
        await anna.PressAsync("1. Стационарозамещающие технологии");
        await anna.PressAsync("✅ Записаться");
        await anna.PressAsync("Да, записаться");
        Assert.StartsWith("Готово! Вы записаны: 🤝 Стационарозамещающие технологии — вторник, 8 декабря, 10:00.", anna.LastText);

        await OpenForumAsync(anna);
        await anna.PressAsync("2. Сопровождение выпускников");
        await anna.PressAsync("✅ Записаться");
        Assert.Equal("В это время вы записаны на «Стационарозамещающие технологии». Перейти на «Сопровождение выпускников»? Место на «Стационарозамещающие технологии» освободится для других.", anna.LastText);
        await anna.PressAsync("Да, перейти");
        Assert.Equal("Готово! Теперь вы записаны: 🤝 Сопровождение выпускников — вторник, 8 декабря, 10:00. Место на «Стационарозамещающие технологии» освобождено.", anna.LastText);

        await OpenForumAsync(anna);
        await anna.PressAsync("4. Арт-терапия");
        await anna.PressAsync("✅ Записаться");
        await anna.PressAsync("Да, записаться");
        Assert.StartsWith("Готово! Вы записаны: 🎨 Арт-терапия", anna.LastText);
        Assert.Equal([(ids[0], SignUpState.Cancelled), (ids[1], SignUpState.Confirmed), (ids[3], SignUpState.Confirmed)], await SignUpsOfAsync(bot, 891));

        await OpenForumAsync(anna);
        Assert.Contains("2. «Сопровождение выпускников» · Зал 2 · мест нет ✅", anna.LastText);
        await anna.PressAsync("📋 Моя программа");
        Assert.Contains(anna.Last, c => c.Text == $"Ваша программа — «{Forum}»:\n10:00–12:00 · «Сопровождение выпускников» · Зал 2\n13:00–15:00 · «Арт-терапия» · Малый зал");

        // Someone at the third platform cannot move to the full second one, and keeps the seat they have.
        var boris = await OnboardingTests.WalkToAsync(bot, 892, OnboardingState.Saved);
        await OpenForumAsync(boris);
        await boris.PressAsync("3. Семьи с детьми-инвалидами");
        await boris.PressAsync("✅ Записаться");
        await boris.PressAsync("Да, записаться");
        await OpenForumAsync(boris);
        await boris.PressAsync("2. Сопровождение выпускников");
        Assert.EndsWith("\n\nМест на этой площадке уже нет. Ваше место на «Семьи с детьми-инвалидами» в это время остаётся за вами.", boris.LastText);
        Assert.DoesNotContain(boris.InlineButtons, b => b.Text.Contains("Записаться", StringComparison.Ordinal) || b.Text.Contains("ожидания", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneReminderForTheDay_ListsThePersonsSessions_AndTheReportCountsTheForumOnceAndItsSessionsApart()
    {
        await using var bot = await StartAsync();
        var ids = await ForumAsync(bot);
        var anna = await OnboardingTests.WalkToAsync(bot, 893, OnboardingState.Saved);
        foreach (var session in new[] { "1. Стационарозамещающие технологии", "4. Арт-терапия" })
        {
            await OpenForumAsync(anna);
            await anna.PressAsync(session);
            await anna.PressAsync("✅ Записаться");
            await anna.PressAsync("Да, записаться");
        }

        // A day before the first session: one message for both.
        Assert.Equal(1, await bot.RunDueAsync<ActivityReminders>(_clock, On8December(10).AddHours(-24)));
        await bot.NudgeUntilAsync(_clock, () => Api.Calls.Any(c => c.ChatId == 893 && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true));
        var reminder = Assert.Single(Api.Calls, c => c.ChatId == 893 && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true);
        Assert.Equal($"⏰ Напоминаем: «{Forum}», вторник, 8 декабря.\nВаша программа:\n10:00–12:00 · «Стационарозамещающие технологии» · Зал 1\n13:00–15:00 · «Арт-терапия» · Малый зал", reminder.Text);
        Assert.Equal(0, await bot.RunDueAsync<ActivityReminders>(_clock, On8December(10).AddHours(-24).AddMinutes(30)));
        await anna.PushAsync(Updates.Callback(893, reminder.InlineKeyboard.SelectMany(r => r).First(b => b.Text == "✅ Приду").Data!, reminder.MessageId ?? 1));
        Assert.All(await bot.QueryAsync(db => db.Set<SignUp>().Where(s => s.Person!.ChatId == 893).Select(s => s.ReminderAnsweredAt).ToListAsync()), at => Assert.NotNull(at));

        // The day after: one forum held, with its four platforms; the kinds' table has none of them.
        _clock.SetUtcNow(new DateTimeOffset(On8December(10).AddDays(1)));
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📈 Отчёт");
        await admin.SendAsync("01.12.2026–31.12.2026");
        var text = admin.Last.First(c => c.Method == "sendMessage").Text!;
        Assert.Contains("📅 Занятий проведено: 1\nЗаписей: 2 ·", text);
        Assert.Contains("🧩 Из них форумов: 1, площадок на них: 4", text);
        Assert.Equal(4, ids.Count);
    }

    /// <summary>The forum of seed 004 on 8 December: three platforms at 10:00 and a master class at 13:00.</summary>
    private static Task<List<long>> ForumAsync(BotUnderTest bot) => bot.QueryAsync(async db =>
    {
        var forum = new ForumDay { Title = Forum, CreatedAt = Today.UtcDateTime };
        db.Add(forum);
        await db.SaveChangesAsync();
        var sessions = new (string Title, string Kind, string Place, int Capacity, int Hour)[]
        {
            ("Стационарозамещающие технологии", "club", "Зал 1", 2, 10),
            ("Сопровождение выпускников", "club", "Зал 2", 1, 10),
            ("Семьи с детьми-инвалидами", "club", "Зал 3", 30, 10),
            ("Арт-терапия", "workshop", "Малый зал", 10, 13),
        }.Select(s => new Activity
        {
            Kind = s.Kind,
            Title = s.Title,
            Place = s.Place,
            Capacity = s.Capacity,
            StartsAt = On8December(s.Hour),
            EndsAt = On8December(s.Hour + 2),
            ForumDayId = forum.Id,
            CreatedAt = Today.UtcDateTime,
            Version = 1,
        }).ToList();
        db.AddRange(sessions);
        await db.SaveChangesAsync();
        return sessions.Select(s => s.Id).ToList();
    });

    private static async Task OpenForumAsync(TestChat chat)
    {
        await chat.TapMenuAsync("📅 Куда пойти");
        await chat.PressAsync("🤝 Встреча клуба");
        await chat.PressAsync($"1. {Forum}");
    }

    private static Task<List<(long, SignUpState)>> SignUpsOfAsync(BotUnderTest bot, long chat) => bot.QueryAsync(async db =>
        (await db.Set<SignUp>().Where(s => s.Person!.ChatId == chat).OrderBy(s => s.ActivityId).Select(s => new { s.ActivityId, s.State }).ToListAsync())
            .Select(s => (s.ActivityId, s.State)).ToList());

    /// <summary>A platform on 8 December, 10:00–12:00, thirty seats, typed up to its summary.</summary>
    private static async Task TypeSessionAsync(TestChat admin, string title, string place)
    {
        await admin.TapMenuAsync("🗂 Занятия");
        await admin.PressAsync("➕ Новое занятие");
        await admin.PressAsync("🤝 Встреча клуба");
        await admin.SendAsync(title);
        await admin.SendAsync("08.12 10:00");
        await admin.SendAsync("12:00");
        await admin.SendAsync(place);
        await admin.TapAsync("➡️ Пропустить");
        await admin.SendAsync("30");
        await admin.TapAsync("Бесплатно");
        await admin.TapAsync("➡️ Пропустить");
        await admin.TapAsync("➡️ Пропустить");
    }
}
