using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Help;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Features.Volunteers;

/// <summary>A volunteer's own screens: open tasks (their settlement first), taking one, giving it back.</summary>
public sealed class TaskBoardTests : FakeBotApiTest
{
    [Fact]
    public async Task Tasks_ListsTheSameSettlementFirst_AndAGivenBackTaskIsOpenAgain_AndThePersonIsTold()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var far = await HelpData.AddPersonAsync(bot, 970, settlement: "Бильчир");
        var near = await HelpData.AddPersonAsync(bot, 971, settlement: "Оса");
        var farRequest = await HelpData.AddRequestAsync(bot, far);
        var nearRequest = await HelpData.AddRequestAsync(bot, near);
        await HelpData.AddPersonAsync(bot, 972, VolunteerStatus.Approved, settlement: "Оса");
        var volunteer = new TestChat(Api, bot, 972);
        await volunteer.SendAsync("/start");

        await volunteer.TapAsync("📌 Задания");
        Assert.Equal([$"№ {nearRequest} · Мелкий ремонт · Оса", $"№ {farRequest} · Мелкий ремонт · Бильчир"], volunteer.InlineButtons.Select(b => b.Text));
        await volunteer.PressAsync($"№ {nearRequest} · Мелкий ремонт · Оса");
        Assert.DoesNotContain("+7902", volunteer.LastText);
        await volunteer.PressAsync("✋ Взять");
        Assert.StartsWith("Задание ваше!", volunteer.LastText);

        await volunteer.TapAsync("🧰 Мои задания");
        Assert.Contains("Кто: Человек 971, +7 902 000-09-71", volunteer.LastText);
        await volunteer.PressAsync("Отказаться");
        Assert.StartsWith($"Отказаться от задания № {nearRequest}?", volunteer.LastText);
        await volunteer.PressAsync("Нет, оставить за мной");
        Assert.StartsWith("Хорошо, задание остаётся за вами.", volunteer.LastText);
        Assert.Equal(RequestStatus.Assigned, (await Status(bot, nearRequest)).Item1);
        await volunteer.PressAsync("Отказаться");
        await volunteer.PressAsync("Да, отказаться");

        Assert.Equal($"Вы отказались от задания № {nearRequest}. Его увидят другие волонтёры.", volunteer.LastText);
        Assert.Equal((RequestStatus.New, (long?)null), await Status(bot, nearRequest));
        Assert.StartsWith($"Волонтёр не сможет прийти по заявке № {nearRequest}", Api.Calls.Last(c => c.ChatId == 971 && c.Method == "sendMessage").Text);
        await volunteer.TapAsync("🧰 Мои задания");
        Assert.Equal("У вас нет взятых заданий.", volunteer.LastText);
        Assert.DoesNotContain(volunteer.History, c => c.Text?.StartsWith("Рядом с вами нужна помощь", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ParticipantsWhoAreNotVolunteers_DoNotSeeTheBoard()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 973, ClubBot.Features.Onboarding.OnboardingState.Saved);

        Assert.DoesNotContain("📌 Задания", chat.ReplyButtons);
        await chat.SendAsync("📌 Задания");
        Assert.StartsWith("Простите, я не понял", chat.LastText);
    }

    private static async Task<(RequestStatus, long?)> Status(BotUnderTest bot, long id)
    {
        var request = await HelpData.RequestAsync(bot, id);
        return (request.Status, request.VolunteerId);
    }
}
