using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Activities;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Texts;

/// <summary>A few lines before the buttons: no message a participant meets is longer than 400 characters, cards aside.</summary>
public sealed class MessageLengthTests : FakeBotApiTest
{
    private const int Limit = 400;

    [Fact]
    public async Task EveryMessageOfAParticipantsDay_FitsIn400Characters_ExceptCards()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        await ActivityData.AddActivityAsync(bot, "Мастер-класс по лепке", capacity: 10);
        var chat = await OnboardingTests.WalkToAsync(bot, 990, OnboardingState.Saved);

        await chat.SendAsync("/help");
        await chat.SendAsync("что-то непонятное");
        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        await chat.PressAsync("1. Мастер-класс по лепке");
        await chat.PressAsync("✅ Записаться");
        await chat.PressAsync("Да, записаться");
        await chat.SendAsync("🏠 Меню");
        await chat.TapMenuAsync("🗓 Мои записи");
        await chat.SendAsync("🏠 Меню");
        await chat.TapMenuAsync("🛠 Помощь по дому");
        await chat.SendAsync("🏠 Меню");
        await chat.TapMenuAsync("🚐 Поездка в город");
        await chat.SendAsync("🏠 Меню");
        await chat.TapMenuAsync("❓ Вопрос координатору");
        await chat.SendAsync("🏠 Меню");
        await chat.TapMenuAsync("🤝 Стать волонтёром");
        await chat.SendAsync("🏠 Меню");
        await chat.TapMenuAsync("🔒 Мои данные");
        await chat.PressAsync("🗑 Удалить мои данные");

        // An activity's card carries what people need to decide (place, access, description); it may be longer.
        var tooLong = chat.History.Where(c => c.Method == "sendMessage" && c.Text!.Length > Limit && !c.Text.Contains("\nКогда: ", StringComparison.Ordinal))
            .Select(c => $"{c.Text!.Length}: {c.Text[..60]}…").ToList();
        Assert.True(tooLong.Count == 0, "Longer than 400 characters:\n" + string.Join('\n', tooLong));
        Assert.True(chat.History.Count(c => c.Method == "sendMessage") > 25, "the walk should have met most screens");
    }
}
