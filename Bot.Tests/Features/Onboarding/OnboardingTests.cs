using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Onboarding;

/// <summary>Registration as a person goes through it: only the buttons the bot sent, and typed answers.</summary>
public sealed class OnboardingTests : FakeBotApiTest
{
    /// <summary>Per-chat reply pacing lifted: a test answers faster than any person.</summary>
    public static readonly Dictionary<string, string?> Fast = new()
    {
        ["Sender:ReplyPerChatPerSecond"] = "1000",
        ["Sender:ReplyBurstPerChat"] = "1000",
    };

    [Fact]
    public async Task FullOnboarding_ByButtonsAndTyping_EndsAtMainMenu_WithProfileStored()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast);
        var chat = new TestChat(Api, bot, 801);

        await chat.SendAsync("/start");
        Assert.Contains("152-ФЗ", chat.LastText);
        await chat.PressAsync("✅ Согласен");
        Assert.StartsWith("Как вас зовут?", chat.LastText);
        Assert.Contains("⬅️ Назад", chat.ReplyButtons);

        await chat.SendAsync("Анна  Петрова");
        Assert.StartsWith("Ваш номер телефона?", chat.LastText);
        await chat.ShareContactAsync("79141234567");

        Assert.StartsWith("Где вы живёте?", chat.LastText);
        Assert.True(chat.InlineButtons.Count <= 8);
        Assert.DoesNotContain(chat.InlineButtons, b => b.Text == "Улей");
        await chat.PressAsync("Дальше ▶️");
        await chat.PressAsync("Улей");

        Assert.StartsWith("К какой категории", chat.LastText);
        await chat.PressAsync("Пенсионер");

        Assert.StartsWith("Что вам интересно?", chat.LastText);
        await chat.PressAsync("⬜ Мастер-классы");
        await chat.PressAsync("⬜ Встречи клуба");
        await chat.PressAsync("Дальше ▶️");
        await chat.PressAsync("⬜ Волонтёрство");
        await chat.PressAsync("✔️ Готово");

        Assert.Contains("Имя: Анна Петрова", chat.LastText);
        Assert.Contains("Телефон: +7 914 123-45-67", chat.LastText);
        Assert.Contains("Населённый пункт: Улей", chat.LastText);
        Assert.Contains("Категория: Пенсионер", chat.LastText);
        Assert.Contains("Интересы: Встречи клуба, Мастер-классы, Волонтёрство", chat.LastText);
        await chat.PressAsync("✅ Всё верно");

        Assert.StartsWith("Спасибо, Анна Петрова! Вы зарегистрированы.", chat.LastText);
        Assert.Contains("📅 Куда пойти", chat.ReplyButtons);
        Assert.DoesNotContain("📝 Познакомиться", chat.ReplyButtons);
        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.TelegramUserId == 801));
        Assert.Equal(("Анна Петрова", "+79141234567", "Улей", PersonCategory.Pensioner), (person.Name, person.Phone, person.Settlement, person.Category));
        Assert.Equal("Встречи клуба\nМастер-классы\nВолонтёрство", person.Interests);
        Assert.NotNull(person.RegisteredAt);
        Assert.NotNull(person.ConsentedAt);
        Assert.Null((await chat.SessionAsync())!.Flow);
    }

    [Fact]
    public async Task TypedPhoneAndOtherSettlement_AreAccepted()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast);
        var chat = await WalkToAsync(bot, 802, OnboardingState.Phone);

        await chat.SendAsync("8 (914) 123-45-67");
        await chat.PressAsync("✏️ Другое");
        Assert.StartsWith("Напишите название", chat.LastText);
        await chat.SendAsync("с. Новая Уда");
        await chat.PressAsync("Человек с инвалидностью");
        await chat.PressAsync("✔️ Готово");

        Assert.Contains("Телефон: +7 914 123-45-67", chat.LastText);
        Assert.Contains("Населённый пункт: с. Новая Уда", chat.LastText);
        Assert.Contains("Интересы: не выбраны", chat.LastText);
    }

    [Fact]
    public async Task Declining_ExplainsWhyAndGivesThePhone_AndStoresNothing()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast);
        var chat = new TestChat(Api, bot, 803);
        await chat.SendAsync("/start");

        await chat.PressAsync("Не согласен");

        Assert.Contains("Без согласия", chat.LastText);
        Assert.Contains(BotUnderTest.TestPhone, chat.LastText);
        Assert.Contains("📝 Познакомиться", chat.ReplyButtons);
        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.TelegramUserId == 803));
        Assert.Null(person.ConsentedAt);
        Assert.Null(person.RegisteredAt);
    }

    [Fact]
    public async Task RestartMidOnboarding_NextMessageContinuesTheSameStep()
    {
        using var database = new TestDatabase();
        TestChat chat;
        await using (var first = await BotUnderTest.StartAsync(Api, database, Fast))
        {
            chat = await WalkToAsync(first, 804, OnboardingState.Phone);
        }

        await using var second = await BotUnderTest.StartAsync(Api, database, Fast);
        chat.Bot = second;
        await chat.SendAsync("+7 914 1234567");

        Assert.StartsWith("Где вы живёте?", chat.LastText);
        var session = await chat.SessionAsync();
        Assert.Equal(nameof(OnboardingState.Settlement), session!.State);
        Assert.Contains("+79141234567", session.Draft);
        Assert.Contains("Анна Петрова", session.Draft);
    }

    [Fact]
    public async Task Back_FromEveryStep_ReturnsToThePreviousOne_WithTheEarlierAnswerKept()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast);
        var chat = await WalkToAsync(bot, 805, OnboardingState.Summary);

        await chat.TapAsync("⬅️ Назад");
        Assert.StartsWith("Что вам интересно?", chat.LastText);
        Assert.Contains(chat.InlineButtons, b => b.Text == "✅ Мастер-классы");
        await chat.TapAsync("⬅️ Назад");
        Assert.StartsWith("К какой категории", chat.LastText);
        Assert.Contains(chat.InlineButtons, b => b.Text == "✔️ Пенсионер");
        await chat.TapAsync("⬅️ Назад");
        Assert.StartsWith("Где вы живёте?", chat.LastText);
        Assert.Contains("Сейчас записано: Оса", chat.LastText);
        await chat.PressAsync("✏️ Другое");
        await chat.TapAsync("⬅️ Назад");
        Assert.StartsWith("Где вы живёте?", chat.LastText);
        await chat.TapAsync("⬅️ Назад");
        Assert.Contains("Сейчас записано: +7 914 123-45-67", chat.LastText);
        await chat.TapAsync("⬅️ Назад");
        Assert.Contains("Сейчас записано: Анна Петрова", chat.LastText);
        await chat.TapAsync("⬅️ Назад");
        Assert.Contains("152-ФЗ", chat.LastText);
        await chat.SendAsync("Назад");
        Assert.Contains("📝 Познакомиться", chat.ReplyButtons);
        Assert.Null((await chat.SessionAsync())!.Flow);
    }

    [Fact]
    public async Task ChangingOneAnswerFromTheSummary_ReturnsToTheSummary()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast);
        var chat = await WalkToAsync(bot, 806, OnboardingState.Summary);

        await chat.PressAsync("✏️ Изменить имя");
        Assert.StartsWith("Как вас зовут?", chat.LastText);
        await chat.TapAsync("⬅️ Назад");
        Assert.StartsWith("Проверьте", chat.LastText);
        await chat.PressAsync("✏️ Изменить имя");
        await chat.SendAsync("Мария Иванова");

        Assert.StartsWith("Проверьте", chat.LastText);
        Assert.Contains("Имя: Мария Иванова", chat.LastText);
        Assert.Contains("Телефон: +7 914 123-45-67", chat.LastText);
    }

    [Theory]
    [InlineData("✖️ Прервать", "прервали")]
    [InlineData("отмена", "прервали")]
    [InlineData("🏠 Меню", "Главное меню")]
    public async Task CancelAndMenu_LeaveTheFlow_AndStoreNothing(string button, string answer)
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast);
        var chat = await WalkToAsync(bot, 807, OnboardingState.Settlement);

        // The old word «отмена», typed, still works beside the button's words.
        await (chat.ReplyButtons.Contains(button) ? chat.TapAsync(button) : chat.SendAsync(button));

        Assert.Contains(answer, chat.LastText);
        Assert.Contains("📝 Познакомиться", chat.ReplyButtons);
        var session = await chat.SessionAsync();
        Assert.Null(session!.Flow);
        Assert.Null(session.Draft);
        Assert.Null(await bot.QueryAsync(db => db.Set<Person>().Where(p => p.TelegramUserId == 807).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task ReturningPerson_FindsTheirProfile_AndChangesThePhone()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast);
        var chat = await WalkToAsync(bot, 808, OnboardingState.Saved);

        await chat.SendAsync("/start");
        Assert.Contains("рад вам", chat.LastText);
        await chat.TapMenuAsync("👤 Мой профиль");
        Assert.Contains("Имя: Анна Петрова", chat.LastText);
        await chat.PressAsync("✏️ Изменить телефон");
        await chat.SendAsync("89025556677");
        await chat.PressAsync("✅ Всё верно");

        Assert.Equal("Изменения сохранены.", chat.LastText);
        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.TelegramUserId == 808));
        Assert.Equal("+79025556677", person.Phone);
        Assert.Equal("Анна Петрова", person.Name);
    }

    [Fact]
    public async Task OldSessionBeyondTheTimeout_StartsFromTheMenuWithAnExplanation()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Fast, services: s => s.AddSingleton<TimeProvider>(clock));
        var chat = await WalkToAsync(bot, 809, OnboardingState.Phone);

        clock.Advance(TimeSpan.FromHours(49));
        await chat.SendAsync("89141234567");

        Assert.StartsWith("Мы давно не общались", chat.LastText);
        Assert.Contains("📝 Познакомиться", chat.ReplyButtons);
        Assert.Null((await chat.SessionAsync())!.Flow);
    }

    /// <summary>Goes through onboarding with ordinary answers until <paramref name="step"/> is asked (or the profile saved).</summary>
    internal static async Task<TestChat> WalkToAsync(BotUnderTest bot, long chatId, OnboardingState step)
    {
        var chat = new TestChat(bot.Api, bot, chatId);
        await chat.SendAsync("/start");
        var answers = new (OnboardingState Step, Func<Task> Answer)[]
        {
            (OnboardingState.Consent, () => chat.PressAsync("✅ Согласен")),
            (OnboardingState.Name, () => chat.SendAsync("Анна Петрова")),
            (OnboardingState.Phone, () => chat.ShareContactAsync("+79141234567")),
            (OnboardingState.Settlement, () => chat.PressAsync("Оса")),
            (OnboardingState.Category, () => chat.PressAsync("Пенсионер")),
            (OnboardingState.Interests, async () =>
            {
                await chat.PressAsync("⬜ Мастер-классы");
                await chat.PressAsync("✔️ Готово");
            }),
            (OnboardingState.Summary, () => chat.PressAsync("✅ Всё верно")),
        };
        foreach (var (at, answer) in answers)
        {
            if (at == step)
                return chat;
            await answer();
        }

        return chat;
    }
}
