using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Help;

/// <summary>Household help takes a day in the coming seven: the buttons, the prompt and a typed day follow one rule.</summary>
public sealed class HouseholdDayTests : FakeBotApiTest
{
    // Thursday, 3 December 2026, 10:00 in Irkutsk: the seven days run into next week.
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheSevenDays_AreTheButtons_ThePromptsRule_AndWhatATypedDayMayBe()
    {
        var settings = new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:TimeZone"] = "Asia/Irkutsk" };
        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        var chat = await OnboardingTests.WalkToAsync(bot, 611, OnboardingState.Saved);
        await chat.TapAsync("🛠 Помощь по дому");
        await chat.PressAsync("Мелкий ремонт — 300 ₽");
        await chat.SendAsync("Течёт кран на кухне");
        await chat.TapAsync("📍 Оса");

        Assert.EndsWith("Можно на 7 дней вперёд: последний день — среда, 9 декабря.", chat.LastText);
        Assert.Equal(["Сегодня, четверг, 3 декабря", "Завтра, пятница, 4 декабря", "суббота, 5 декабря", "воскресенье, 6 декабря", "понедельник, 7 декабря", "вторник, 8 декабря", "среда, 9 декабря"],
            chat.InlineButtons.Select(b => b.Text));

        await chat.SendAsync("10 декабря");
        Assert.Equal("Так далеко вперёд не получится: можно на 7 дней вперёд, последний день — среда, 9 декабря. Выберите день кнопкой.",
            chat.Last.First(c => c.Method == "sendMessage").Text);

        await chat.SendAsync("9 декабря");
        Assert.DoesNotContain("Так далеко", chat.Last.First(c => c.Method == "sendMessage").Text);
        Assert.Contains("Утром (9–12)", chat.InlineButtons.Select(b => b.Text));
    }
}
