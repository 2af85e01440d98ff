using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Onboarding;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Activities;

/// <summary>Someone from another village signs up and is offered the centre's car once; cancelling the sign-up cancels the ride.</summary>
public sealed class SignUpRideTests : FakeBotApiTest
{
    private const long Admin = 860;

    [Fact]
    public async Task ASignUpInAnotherVillage_OffersTheCar_BooksALinkedRide_AndCancellingTheSignUpCancelsIt()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "860" });
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var id = await ActivityData.AddActivityAsync(bot, "Хор «Сибирячка»", capacity: 10);
        await bot.QueryAsync(async db =>
        {
            (await db.Set<Activity>().SingleAsync(a => a.Id == id)).Settlement = "Бохан";
            return await db.SaveChangesAsync();
        });
        var chat = await OnboardingTests.WalkToAsync(bot, 861, OnboardingState.Saved);

        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        await chat.PressAsync("1. Хор «Сибирячка»");
        await chat.PressAsync("✅ Записаться");
        await chat.PressAsync("Да, записаться");
        Assert.StartsWith("Готово! Вы записаны: 🎨 Хор «Сибирячка»", chat.LastText);
        Assert.EndsWith("\n\n🚐 Нужна машина центра в этот день?\nОткуда: Оса\nКуда: Бохан, Дом культуры, ул. Ленина, 5", chat.LastText);
        Assert.Equal(["🚐 Да, нужна", "Нет, доберусь сам(а)"], chat.InlineButtons.Select(b => b.Text));

        await chat.PressAsync("🚐 Да, нужна");
        Assert.StartsWith("Заявка на машину № 1 принята.", chat.LastText);
        var signUp = Assert.Single(await ActivityData.SignUpsAsync(bot, id));
        var ride = await ClubBot.Tests.Features.Help.HelpData.RequestAsync(bot, 1);
        Assert.Equal((RequestKind.Ride, signUp.Id, "Оса", RequestStatus.New), (ride.Kind, ride.SignUpId, ride.RideFrom, ride.Status));
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("🆕 Новая заявка", StringComparison.Ordinal) == true && c.Text.Contains("Куда: Бохан", StringComparison.Ordinal));

        await chat.TapAsync("🗓 Мои записи");
        await chat.PressAsync("❌ Отменить: Хор «Сибирячка»");
        await chat.PressAsync("Да, отменить");
        Assert.Contains(chat.Last, c => c.Text == "Заявка на машину № 1 тоже отменена: запись на занятие снята.");
        Assert.Equal(RequestStatus.Cancelled, (await ClubBot.Tests.Features.Help.HelpData.RequestAsync(bot, 1)).Status);
    }

    [Fact]
    public async Task AnActivityCancelledByStaff_CancelsTheRideBookedWithIt()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "860" });
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var id = await ActivityData.AddActivityAsync(bot, "Хор «Сибирячка»", capacity: 10);
        await bot.QueryAsync(async db =>
        {
            (await db.Set<Activity>().SingleAsync(a => a.Id == id)).Settlement = "Бохан";
            return await db.SaveChangesAsync();
        });
        var chat = await OnboardingTests.WalkToAsync(bot, 863, OnboardingState.Saved);
        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        await chat.PressAsync("1. Хор «Сибирячка»");
        await chat.PressAsync("✅ Записаться");
        await chat.PressAsync("Да, записаться");
        await chat.PressAsync("🚐 Да, нужна");

        await admin.TapMenuAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Сибирячка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("❌ Отменить занятие");
        await admin.TapAsync("Без причины");
        await admin.PressAsync("Да, отменить занятие");

        Assert.Equal(RequestStatus.Cancelled, (await ClubBot.Tests.Features.Help.HelpData.RequestAsync(bot, 1)).Status);
        await Api.WaitForAsync(c => c.ChatId == 863 && c.Text == "Заявка на машину № 1 тоже отменена: запись на занятие снята.");
    }

    [Fact]
    public async Task NoThanks_LeavesTheSignUpAlone_AndTheMenuComesBack()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var id = await ActivityData.AddActivityAsync(bot, "Лепка", capacity: 10);
        await bot.QueryAsync(async db =>
        {
            (await db.Set<Activity>().SingleAsync(a => a.Id == id)).Settlement = "Бохан";
            return await db.SaveChangesAsync();
        });
        var chat = await OnboardingTests.WalkToAsync(bot, 862, OnboardingState.Saved);
        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        await chat.PressAsync("1. Лепка");
        await chat.PressAsync("✅ Записаться");
        await chat.PressAsync("Да, записаться");

        await chat.PressAsync("Нет, доберусь сам(а)");
        Assert.StartsWith("Хорошо, машина не нужна.", chat.LastText);
        Assert.Contains("📅 Куда пойти", chat.ReplyButtons);
        Assert.False(await bot.QueryAsync(db => db.Set<HelpRequest>().AnyAsync()));
        Assert.Single(await ActivityData.SignUpsAsync(bot, id));
    }
}
