using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Conversations;

/// <summary>
/// A step with buttons under its message needs another message to bring «⬅️ Назад / ✖️ Прервать / 🏠 Меню»:
/// that message says something (the answer as taken, or the section opened), never a bare «Хорошо.».
/// </summary>
public sealed class StepOpeningTests : FakeBotApiTest
{
    private const string WayBack = "Вернуться — кнопками «⬅️ Назад» и «🏠 Меню» внизу экрана.";

    [Fact]
    public async Task AfterTheSharedPhone_TheKeyboardComesWithTheNumberAsTaken()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 621, OnboardingState.Settlement);

        var (opening, question) = LastTwo(chat);
        Assert.Equal("Записано: +7 914 123-45-67.", opening.Text);
        Assert.Equal(["⬅️ Назад", "✖️ Прервать", "🏠 Меню"], opening.ReplyKeyboard.SelectMany(r => r));
        Assert.StartsWith("Где вы живёте?", question.Text);
    }

    [Fact]
    public async Task ASectionOpenedFromTheMenu_IsNamed_WithTheWayBack_AndATypedAnswerIsRepeated()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 622, OnboardingState.Saved);

        await chat.TapAsync("🚐 Поездка в город");
        var (opening, question) = LastTwo(chat);
        Assert.Equal($"🚐 Поездка в город. {WayBack}", opening.Text);
        Assert.Equal(["⬅️ Назад", "✖️ Прервать", "🏠 Меню"], opening.ReplyKeyboard.SelectMany(r => r));
        Assert.StartsWith("В какой день нужна поездка?", question.Text);

        await chat.PressStartingAsync("Завтра, ");
        await chat.TapAsync("📍 Оса");
        (opening, question) = LastTwo(chat);
        Assert.Equal("Записано: 📍 Оса.", opening.Text);
        Assert.StartsWith("Куда нужно доехать?", question.Text);

        Assert.DoesNotContain(chat.History, c => c.Text is "Хорошо." or "All right.");
    }

    [Fact]
    public async Task GoingBack_OrAWrongAnswer_IsNotRepeatedAsTaken()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 623, OnboardingState.Saved);
        await chat.TapAsync("🚐 Поездка в город");
        await chat.PressStartingAsync("Завтра, ");
        Assert.StartsWith("Откуда вас забрать?", chat.LastText);

        await chat.TapAsync("⬅️ Назад");
        var (opening, question) = LastTwo(chat);
        Assert.Equal(WayBack, opening.Text);
        Assert.StartsWith("В какой день нужна поездка?", question.Text);

        await chat.PressStartingAsync("Завтра, ");
        await chat.TapAsync("📍 Оса");
        await chat.SendAsync("??");
        Assert.DoesNotContain(chat.Last, c => c.Text == "Записано: ??.");
        Assert.StartsWith("Куда нужно доехать?", chat.LastText);
    }

    private static (RecordedCall Opening, RecordedCall Question) LastTwo(TestChat chat)
    {
        var sent = chat.History.Where(c => c.Method == "sendMessage").ToList();
        return (sent[^2], sent[^1]);
    }
}
