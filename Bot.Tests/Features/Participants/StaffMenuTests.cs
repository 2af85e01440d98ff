using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Features.Participants;

public sealed class StaffMenuTests : FakeBotApiTest
{
    [Fact]
    public async Task Admin_SeesTheParticipantsEntry_WithCounts_AndParticipantsDoNot()
    {
        var settings = new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "840" };
        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings);
        var participant = await OnboardingTests.WalkToAsync(bot, 841, OnboardingState.Saved);
        Assert.DoesNotContain("👥 Участники", participant.ReplyButtons);
        var admin = new TestChat(Api, bot, 840);

        await admin.SendAsync("/start");
        await admin.TapAsync("👥 Участники");

        Assert.Contains("Зарегистрировано: 1", admin.LastText);
        Assert.Contains("• Пенсионер: 1", admin.LastText);
        Assert.Contains("• Оса: 1", admin.LastText);
        await participant.SendAsync("👥 Участники");
        Assert.StartsWith("Простите, я не понял", participant.LastText);
    }
}
