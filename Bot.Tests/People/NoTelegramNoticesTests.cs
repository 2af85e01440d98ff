using ClubBot.Features.Activities;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Activities;
using ClubBot.Tests.Features.Help;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.People;

/// <summary>When a person has no Telegram, staff are told whom to call instead of «сообщение отправлено».</summary>
public sealed class NoTelegramNoticesTests : FakeBotApiTest
{
    private const long Admin = 960;

    private static Dictionary<string, string?> Settings => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "960" };

    [Fact]
    public async Task ARequestOfAPersonWithoutTelegram_AsksStaffToCall_InsteadOfSayingItWasSent()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var maria = await AddMariaAsync(bot);
        var request = await HelpData.AddRequestAsync(bot, maria);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("📥 Заявки");
        await admin.PressAsync("🆕 Новая (1)");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.StartsWith($"№ {request} ", StringComparison.Ordinal)).Text);

        await admin.PressAsync("✉️ Написать");
        Assert.Equal("У участника нет Telegram, написать ему в боте нельзя. Позвоните: Мария Иванова, +7 902 555-66-77.", admin.Last.First(c => c.Method == "sendMessage").Text);
        Assert.StartsWith($"№ {request} ", admin.LastText);

        await admin.PressAsync("🏢 Взять центру");
        Assert.Equal($"У участника нет Telegram, сообщение не ушло. Позвоните: Мария Иванова, +7 902 555-66-77 — и передайте: «Заявку № {request} (Мелкий ремонт) выполнит сам центр. Сотрудник позвонит вам, чтобы договориться.»",
            admin.Last.First(c => c.Method == "sendMessage").Text);
    }

    [Fact]
    public async Task AnEditedOrCancelledActivity_ListsWhomToCall_BesideHowManyGotTheMessage()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var activity = await ActivityData.AddActivityAsync(bot, "Лепка", capacity: 10);
        var maria = await AddMariaAsync(bot);
        var anna = await HelpData.AddPersonAsync(bot, 961);
        await bot.QueryAsync(db =>
        {
            db.AddRange(
                new SignUp { ActivityId = activity, PersonId = maria, State = SignUpState.Confirmed, CreatedAt = DateTime.UtcNow },
                new SignUp { ActivityId = activity, PersonId = anna, State = SignUpState.Confirmed, CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Лепка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("✏️ Изменить");
        await admin.PressAsync("✏️ Место");
        await admin.SendAsync("Библиотека");

        await admin.PressAsync("💾 Сохранить");

        Assert.Equal("Изменения сохранены. Сообщение получили записавшиеся: 1.\n\n☎️ Без Telegram — позвоните им:\n• Мария Иванова, +7 902 555-66-77", admin.LastText);

        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Лепка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("❌ Отменить занятие");
        await admin.TapAsync("Без причины");
        await admin.PressAsync("Да, отменить занятие");
        Assert.Equal("Занятие отменено. Сообщение отправлено: 1.\n\n☎️ Без Telegram — позвоните им:\n• Мария Иванова, +7 902 555-66-77", admin.LastText);
    }

    private static Task<long> AddMariaAsync(BotUnderTest bot) => bot.QueryAsync(async db =>
    {
        var person = new Person { Name = "Мария Иванова", Phone = "+79025556677", Settlement = "Оса", CreatedAt = DateTime.UtcNow, LastSeenAt = DateTime.UtcNow, RegisteredAt = DateTime.UtcNow, ConsentedAt = DateTime.UtcNow };
        db.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });
}
