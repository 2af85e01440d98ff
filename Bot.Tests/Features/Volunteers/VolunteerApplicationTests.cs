using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Volunteers;

/// <summary>An application to volunteer sent before any coordinator has opened the bot waits, and is found.</summary>
public sealed class VolunteerApplicationTests : FakeBotApiTest
{
    private const long Admin = 970;
    private const long Applicant = 971;
    private const long Asker = 972;

    private static Dictionary<string, string?> Settings => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "970" };

    [Fact]
    public async Task ApplicationBeforeAnyCoordinator_Waits_TheFirstCoordinatorIsToldAndAcceptsItFromTheList()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var applicant = await OnboardingTests.WalkToAsync(bot, Applicant, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await applicant.TapMenuAsync("🤝 Стать волонтёром");
        await applicant.PressAsync("✅ Да, хочу помогать");
        Assert.StartsWith("Спасибо! Заявка записана. Координатор увидит её, как только зайдёт в бот", applicant.LastText);

        var asker = await OnboardingTests.WalkToAsync(bot, Asker, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await asker.TapAsync("🛠 Помощь по дому");
        await asker.PressAsync("Мелкий ремонт — 300 ₽");
        await asker.SendAsync("Течёт кран на кухне");
        await asker.TapAsync("📍 Оса");
        await asker.PressStartingAsync("Завтра, ");
        await asker.PressAsync("Утром (9–12)");
        await asker.PressAsync("✅ Отправить заявку");
        Assert.DoesNotContain(Api.Calls, c => c.ChatId == Admin);

        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        Assert.Contains("Вас ждут:", admin.LastText);
        Assert.Contains("• 🙋 заявки в волонтёры: 1 — раздел «🙋 Заявки волонтёров»", admin.LastText);
        Assert.Contains("• 🆕 новые заявки без исполнителя: 1 — раздел «📥 Заявки»", admin.LastText);

        await admin.TapMenuAsync("🙋 Заявки волонтёров");
        Assert.Contains(admin.Last, c => c.Text == "Заявок в волонтёры ждут решения: 1. Сначала самые давние, здесь 1:");
        Assert.Contains(admin.Last, c => c.Text == "🤝 Заявка в волонтёры: Анна Петрова, +7 914 123-45-67, Оса");
        await admin.PressEarlierAsync("✅ Принять");
        Assert.StartsWith("Вы приняты в волонтёры!", applicant.History.Last(c => c.Method == "sendMessage").Text);
        Assert.Equal(VolunteerStatus.Approved, await bot.QueryAsync(db => db.Set<Person>().Where(p => p.TelegramUserId == Applicant).Select(p => p.Volunteer).SingleAsync()));

        // Decided: the list is empty, and /start names only what still waits.
        await admin.TapMenuAsync("🙋 Заявки волонтёров");
        Assert.Equal("Заявок в волонтёры, ждущих решения, нет.", admin.LastText);
        await admin.SendAsync("/start");
        Assert.DoesNotContain("заявки в волонтёры", admin.LastText);
        Assert.Contains("• 🆕 новые заявки без исполнителя: 1", admin.LastText);
    }

    [Fact]
    public async Task AParticipant_IsNotToldWhatWaitsForStaff()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var applicant = await OnboardingTests.WalkToAsync(bot, Applicant, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await applicant.TapMenuAsync("🤝 Стать волонтёром");
        await applicant.PressAsync("✅ Да, хочу помогать");

        await applicant.SendAsync("/start");
        Assert.DoesNotContain("Вас ждут", applicant.LastText);
    }
}
