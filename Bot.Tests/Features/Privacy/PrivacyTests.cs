using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Privacy;

public sealed class PrivacyTests : FakeBotApiTest
{
    [Fact]
    public async Task MyData_ShowsEverythingStored()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 830, OnboardingState.Saved);

        await chat.TapMenuAsync("🔒 Мои данные");

        foreach (var expected in new[] { "Имя: Анна Петрова", "Телефон: +79141234567", "Населённый пункт: Оса", "Категория: Пенсионер", "Интересы: Мастер-классы", "Имя в Telegram: Анна", "Номер в Telegram: 830", "Согласие дано: ", "Зарегистрированы: " })
            Assert.Contains(expected, chat.LastText);
        Assert.Equal(["🗑 Удалить мои данные", "Отозвать согласие"], chat.InlineButtons.Select(b => b.Text));
    }

    [Theory]
    [InlineData("🗑 Удалить мои данные", "Ваши данные удалены")]
    [InlineData("Отозвать согласие", "Согласие отозвано")]
    public async Task DeletingOrWithdrawing_AfterConfirmation_ErasesPersonalFields_AndKeepsAnAnonymousCount(string button, string answer)
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 831, OnboardingState.Saved);
        await chat.TapMenuAsync("🔒 Мои данные");

        await chat.PressAsync(button);
        Assert.Contains("?", chat.LastText);
        await chat.PressAsync("Да, удалить");

        Assert.StartsWith(answer, chat.LastText);
        Assert.Contains("📝 Познакомиться", chat.ReplyButtons);
        var people = await bot.QueryAsync(db => db.Set<Person>().AsNoTracking().ToListAsync());
        var erased = Assert.Single(people);
        Assert.Equal((null, null, null, null, null, null, null), (erased.Name, erased.Phone, erased.Settlement, erased.Interests, erased.TelegramName, erased.TelegramUserId, erased.ChatId));
        Assert.NotNull(erased.ErasedAt);
        Assert.NotNull(erased.RegisteredAt);
        Assert.Equal(PersonCategory.Pensioner, erased.Category);
        var typedBefore = await bot.QueryAsync(db => db.Set<InboxUpdate>().CountAsync(u => u.ChatId == 831 && u.Payload.Contains("Анна Петрова")));
        Assert.Equal(0, typedBefore);

        // Writing again starts afresh, as a newcomer.
        await chat.SendAsync("/start");
        Assert.Contains("согласие", chat.LastText);
    }

    [Fact]
    public async Task NotConfirming_KeepsEverything()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 832, OnboardingState.Saved);
        await chat.TapMenuAsync("🔒 Мои данные");
        await chat.PressAsync("🗑 Удалить мои данные");

        await chat.PressAsync("Нет, оставить");

        Assert.Contains("Имя: Анна Петрова", chat.LastText);
        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.TelegramUserId == 832));
        Assert.Equal("Анна Петрова", person.Name);
        Assert.Null(person.ErasedAt);
    }
}
