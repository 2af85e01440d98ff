using ClubBot.Conversations;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Conversations;

/// <summary>A person who types or taps another menu entry in the middle of a flow goes there, and finds the flow where they left it.</summary>
public sealed class MenuEntryMidFlowTests : FakeBotApiTest
{
    [Fact]
    public async Task AnotherEntryMidFlow_OpensThatEntry_AndComingBackResumesTheSameStepWithTheAnswersKept()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var senior = await OnboardingTests.WalkToAsync(bot, 951, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await senior.TapAsync("🛠 Помощь по дому");
        await senior.PressAsync("Мелкий ремонт — 300 ₽");
        var detailsPrompt = senior.LastText!;

        await senior.SendAsync("🚐 Поездка в город");
        Assert.DoesNotContain("выберите ответ кнопкой", senior.LastText);
        Assert.StartsWith("В какой день нужна поездка?", senior.LastText);

        await senior.SendAsync("🛠 Помощь по дому");
        Assert.Equal("Продолжим с того места, где вы остановились.\n\n" + detailsPrompt, senior.LastText);
        await senior.SendAsync("Течёт кран на кухне");
        await senior.TapAsync("📍 Оса");
        await senior.PressStartingAsync("Завтра, ");
        await senior.PressAsync("Утром (9–12)");
        Assert.StartsWith("Проверьте заявку:", senior.LastText);
        Assert.Contains("Мелкий ремонт", senior.LastText);
        Assert.Contains("Подробности: Течёт кран на кухне", senior.LastText);
    }

    [Fact]
    public async Task APausedFlow_IsOpenedFreshOnceTaken_AndErasureForgetsIt()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var senior = await OnboardingTests.WalkToAsync(bot, 952, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await senior.TapAsync("🛠 Помощь по дому");
        var servicesPrompt = senior.LastText!;
        await senior.PressAsync("Мелкий ремонт — 300 ₽");
        await senior.SendAsync("🗓 Мои записи");
        Assert.NotNull(await PausedAsync(bot, 952));

        await senior.SendAsync("🛠 Помощь по дому");
        await senior.TapAsync("🏠 Меню");
        await senior.TapAsync("🛠 Помощь по дому");
        Assert.Equal(servicesPrompt, senior.LastText);

        await senior.PressAsync("Мелкий ремонт — 300 ₽");
        await senior.SendAsync("🔒 Мои данные");
        Assert.NotNull(await PausedAsync(bot, 952));
        await senior.PressAsync("🗑 Удалить мои данные");
        await senior.PressAsync("Да, удалить");
        Assert.Null(await PausedAsync(bot, 952));
    }

    private static Task<string?> PausedAsync(BotUnderTest bot, long chat) =>
        bot.QueryAsync(db => db.Set<ConversationSession>().Where(s => s.ChatId == chat).Select(s => s.Paused).SingleOrDefaultAsync());
}
