using ClubBot.Features.Broadcast;
using ClubBot.Outbox;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Broadcast;

/// <summary>«📣 Рассылка» (C4), as the coordinator and the recipients see it.</summary>
public sealed class BroadcastTests : FakeBotApiTest
{
    private const long Admin = 980;
    private const string Text = "Завтра занятия хора не будет — руководитель заболел. Следующее — в четверг.";
    private static readonly Dictionary<string, string?> Settings = new(OnboardingTests.Fast) { ["Club:TimeZone"] = "Europe/Moscow", ["Club:Admins:0"] = "980", ["Reminders:NightStarts"] = "21:00", ["Reminders:NightEnds"] = "09:00" };

    // Moscow: 12:00 UTC is 15:00, the middle of the day; 20:30 UTC is 23:30, night.
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Night = new(2026, 12, 1, 20, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ToEveryone_PreviewThenSend_EachGetsItOnce_AndTheAuthorGetsAReportWithWhomToCall()
    {
        var clock = new FakeTimeProvider(Day);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await BroadcastData.AddPeopleAsync(bot, 981, 3);
        await BroadcastData.AddByPhoneAsync(bot, "Мария Иванова", "+79025556677");
        Api.AddRule(new FakeRule("sendMessage", FakeReply.Forbidden(), Times: 1, ChatId: 983));
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await admin.TapMenuAsync("📣 Рассылка");
        await admin.SendAsync(Text);
        await admin.PressAsync("👥 Всем участникам");
        Assert.Contains(admin.Last, c => c.Method == "sendMessage" && c.Text == Text);
        Assert.StartsWith("Получатели: все участники.\nВ Telegram получат: 3. Без Telegram: 1", admin.LastText);
        await admin.PressAsync("📨 Отправить");
        Assert.Equal("Рассылка отправляется: 3 получателя. Когда всё уйдёт, пришлю отчёт.", admin.LastText);

        await bot.NudgeUntilAsync(clock, () => Api.Calls.Count(c => c.Text == Text && c.ChatId != Admin) >= 3);
        // Telegram's answers are recorded a moment after they arrive; the report waits for every one of them.
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.ChatId == Admin || m.State != OutboxState.Pending));
        await bot.RunDueAsync<BroadcastDispatch>(clock, clock.GetUtcNow().UtcDateTime);
        await bot.NudgeUntilAsync(clock, () => Api.Calls.Any(c => c.ChatId == Admin && c.Text?.StartsWith("📣 Рассылка", StringComparison.Ordinal) == true));

        Assert.Equal([981L, 982, 983], Api.Calls.Where(c => c.Text == Text && c.ChatId != Admin).Select(c => c.ChatId!.Value).Order());
        var report = Api.Calls.Single(c => c.ChatId == Admin && c.Text?.StartsWith("📣 Рассылка", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("Доставлено: 2. Не доставлено (бот заблокирован или чат удалён): 1.", report);
        Assert.EndsWith("☎️ Без Telegram — позвоните им:\n• Мария Иванова, Оса, +7 902 555-66-77", report);
        Assert.Equal(0, await bot.RunDueAsync<BroadcastDispatch>(clock, clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task ConfirmedAtNight_WaitsForTheMorning_AndTheAuthorIsToldWhen()
    {
        var clock = new FakeTimeProvider(Night);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await BroadcastData.AddPeopleAsync(bot, 991, 2, settlement: "Улей");
        await BroadcastData.AddPeopleAsync(bot, 995, 1, settlement: "Оса");
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📣 Рассылка");
        await admin.SendAsync(Text);
        await admin.PressAsync("🏡 Жителям населённого пункта");
        await admin.PressAsync("Дальше ▶️");
        await admin.PressAsync("Улей");
        Assert.StartsWith("Получатели: жители: Улей.\nВ Telegram получат: 2.", admin.LastText);

        await admin.PressAsync("📨 Отправить");

        Assert.Equal("Сейчас ночь, людей будить не будем. Рассылка (2 получателя) уйдёт в среду, 2 декабря, в 09:00. Потом пришлю отчёт.", admin.LastText);
        Assert.Equal(0, await bot.RunDueAsync<BroadcastDispatch>(clock, new DateTime(2026, 12, 2, 5, 59, 0, DateTimeKind.Utc)));
        Assert.DoesNotContain(Api.Calls, c => c.Text == Text && c.ChatId != Admin);
        Assert.Equal(1, await bot.RunDueAsync<BroadcastDispatch>(clock, new DateTime(2026, 12, 2, 6, 0, 0, DateTimeKind.Utc)));
        await bot.NudgeUntilAsync(clock, () => Api.Calls.Count(c => c.Text == Text && c.ChatId != Admin) >= 2);
        Assert.Equal([991L, 992], Api.Calls.Where(c => c.Text == Text && c.ChatId != Admin).Select(c => c.ChatId!.Value).Order());
    }

    [Fact]
    public async Task BadInput_IsExplained_AndNothingIsSent()
    {
        var clock = new FakeTimeProvider(Day);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📣 Рассылка");

        await admin.SendAsync(new string('а', 4097));
        Assert.StartsWith("Текст слишком длинный: 4097 знаков, а в одном сообщении помещается 4096.", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.PushAsync(Updates.Sticker(Admin));
        Assert.Contains(admin.Last, c => c.Text?.StartsWith("Я понимаю только текст и кнопки", StringComparison.Ordinal) == true);
        Assert.Equal("Напишите текст рассылки или пришлите фото с подписью.", admin.LastText);

        await admin.SendAsync(Text);
        await admin.PressAsync("🤝 Волонтёрам");
        Assert.Contains(admin.Last, c => c.Text == "В группе «волонтёры» никого нет. Выберите другую.");
        Assert.Equal("Кому отправить?", admin.LastText);
        Assert.DoesNotContain(Api.Calls, c => c.Text == Text);
    }

    [Fact]
    public async Task APhotoWithACaption_IsPreviewedAndSentAsAPhoto_AndAPhotoWithoutWordsIsAskedAgain()
    {
        var clock = new FakeTimeProvider(Day);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await BroadcastData.AddPeopleAsync(bot, 1981, 2);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📣 Рассылка");

        await admin.PushAsync(Updates.Photo(Admin));
        Assert.Equal("Напишите текст рассылки или пришлите фото с подписью.", admin.LastText);
        var photo = Updates.Photo(Admin);
        photo["message"]!["caption"] = "Фото с нашей выставки";
        await admin.PushAsync(photo);
        await admin.PressAsync("👥 Всем участникам");
        Assert.Contains(admin.Last, c => c.Method == "sendPhoto" && c.Parameters["caption"]?.GetValue<string>() == "Фото с нашей выставки");
        await admin.PressAsync("📨 Отправить");

        await bot.NudgeUntilAsync(clock, () => Api.Calls.Count(c => c.Method == "sendPhoto" && c.ChatId != Admin) >= 2);
        Assert.Equal([1981L, 1982], Api.Calls.Where(c => c.Method == "sendPhoto" && c.ChatId != Admin).Select(c => c.ChatId!.Value).Order());
    }

    [Fact]
    public async Task AParticipant_PressingAForgedSend_SendsNothing()
    {
        var clock = new FakeTimeProvider(Day);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        var participant = await OnboardingTests.WalkToAsync(bot, 999, ClubBot.Features.Onboarding.OnboardingState.Saved);
        Assert.DoesNotContain("📣 Рассылка", participant.ReplyButtons);

        await participant.PushAsync(Updates.Callback(999, "bc:Preview:send"));

        Assert.Equal(0, await bot.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<BroadcastMessage>())));
    }

    [Fact]
    public async Task AThousandRecipients_EachGetItExactlyOnce()
    {
        var clock = new FakeTimeProvider(Day);
        var settings = new Dictionary<string, string?>(Settings) { ["Sender:BulkPerSecond"] = "1000" };
        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await BroadcastData.AddPeopleAsync(bot, 100_000, 1000);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📣 Рассылка");
        await admin.SendAsync(Text);
        await admin.PressAsync("👥 Всем участникам");
        await admin.PressAsync("📨 Отправить");

        await bot.NudgeUntilAsync(clock, () => Api.Calls.Count(c => c.Text == Text && c.ChatId != Admin) >= 1000);

        var chats = Api.Calls.Where(c => c.Text == Text && c.ChatId != Admin).Select(c => c.ChatId!.Value).ToList();
        Assert.Equal(1000, chats.Distinct().Count());
        Assert.Equal(1000, chats.Count);
    }
}
