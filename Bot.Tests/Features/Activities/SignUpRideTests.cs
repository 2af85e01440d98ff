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

    private static Dictionary<string, string?> WithAdmin => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "860" };

    [Fact]
    public async Task ASignUpInAnotherVillage_OffersTheCar_BooksALinkedRide_AndCancellingTheSignUpCancelsIt()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: WithAdmin);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var id = await ActivityInBohanAsync(bot, "Хор «Сибирячка»", capacity: 10);
        var chat = await OnboardingTests.WalkToAsync(bot, 861, OnboardingState.Saved);

        await SignUpAsync(chat, "Хор «Сибирячка»");
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
        await using var bot = await BotUnderTest.StartAsync(Api, settings: WithAdmin);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var id = await ActivityInBohanAsync(bot, "Хор «Сибирячка»", capacity: 10);
        var chat = await OnboardingTests.WalkToAsync(bot, 863, OnboardingState.Saved);
        await SignUpAsync(chat, "Хор «Сибирячка»");
        await chat.PressAsync("🚐 Да, нужна");

        // Staff hear of the ride by a bulk message with its own button: let it arrive before the card is opened.
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("🆕 Новая заявка", StringComparison.Ordinal) == true);
        await admin.TapMenuAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Сибирячка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("❌ Отменить занятие");
        await admin.TapAsync("Без причины");
        await admin.PressAsync("Да, отменить занятие");

        Assert.Equal(RequestStatus.Cancelled, (await ClubBot.Tests.Features.Help.HelpData.RequestAsync(bot, 1)).Status);
        await Api.WaitForAsync(c => c.ChatId == 863 && c.Text == "Заявка на машину № 1 тоже отменена: запись на занятие снята.");
    }

    [Fact]
    public async Task StaffSeeWhoRidesFromWhere_AndOnePickupTimePerVillage_ReachesEachRiderInAMessageOfTheirOwn()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: WithAdmin);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var id = await ActivityInBohanAsync(bot, "Хор «Сибирячка»", capacity: 10);
        var starts = await bot.QueryAsync(db => db.Set<Activity>().Where(a => a.Id == id).Select(a => a.StartsAt).SingleAsync());
        foreach (var rider in new long[] { 864, 865 })
        {
            var chat = await OnboardingTests.WalkToAsync(bot, rider, OnboardingState.Saved);
            await SignUpAsync(chat, "Хор «Сибирячка»");
            await chat.PressAsync("🚐 Да, нужна");
        }

        // Staff hear of each ride by a bulk message with its own button: let both arrive before the card is opened.
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("🆕 Новая заявка", StringComparison.Ordinal) == true, 2);
        await admin.TapMenuAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Сибирячка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("🚐 Кого везти (2)");
        Assert.Equal("🚐 Кого везти на занятие, по населённым пунктам:\n• Оса: Анна Петрова, Анна Петрова", admin.LastText);
        await admin.PressAsync("🕘 Оса (2)");
        Assert.StartsWith("Во сколько забрать? Откуда: Оса. Едут: Анна Петрова, Анна Петрова.", admin.LastText);
        var irkutsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Irkutsk");
        var start = TimeZoneInfo.ConvertTimeFromUtc(starts, irkutsk);
        await admin.SendAsync(start.AddHours(1).ToString("H:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("Машина должна прийти до начала занятия", admin.Last.First(c => c.Method == "sendMessage").Text);
        var pickup = start.AddHours(-1);
        await admin.SendAsync(pickup.ToString("H:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(admin.Last, c => c.Text == "Готово. Откуда: Оса. Время подачи отправлено, получили: 2.");

        foreach (var (rider, ride) in new[] { (864L, 1L), (865L, 2L) })
        {
            var told = Assert.Single(Api.Sent(rider), c => c.Text!.StartsWith($"Поездка № {ride} ", StringComparison.Ordinal));
            Assert.Contains($"машина придёт {(pickup.DayOfWeek == DayOfWeek.Tuesday ? "во" : "в")} ", told.Text);
            Assert.EndsWith($"{pickup:HH:mm}.", told.Text);
            Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(pickup, irkutsk), (await ClubBot.Tests.Features.Help.HelpData.RequestAsync(bot, ride)).PickupAt);
        }
    }

    [Fact]
    public async Task NoThanks_LeavesTheSignUpAlone_AndTheMenuComesBack()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var id = await ActivityInBohanAsync(bot, "Лепка", capacity: 10);
        var chat = await OnboardingTests.WalkToAsync(bot, 862, OnboardingState.Saved);
        await SignUpAsync(chat, "Лепка");

        await chat.PressAsync("Нет, доберусь сам(а)");
        Assert.StartsWith("Хорошо, машина не нужна.", chat.LastText);
        Assert.Contains("📅 Куда пойти", chat.ReplyButtons);
        Assert.False(await bot.QueryAsync(db => db.Set<HelpRequest>().AnyAsync()));
        Assert.Single(await ActivityData.SignUpsAsync(bot, id));
    }

    [Fact]
    public async Task AWaitingPlace_IsOfferedNoCar()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        await ActivityInBohanAsync(bot, "Лепка", capacity: 1);
        foreach (var person in new long[] { 866, 867 })
        {
            var chat = await OnboardingTests.WalkToAsync(bot, person, OnboardingState.Saved);
            await chat.TapAsync("📅 Куда пойти");
            await chat.PressAsync("🎨 Мастерская, мастер-класс");
            await chat.PressAsync("1. Лепка");
            // «✅ Записаться» for the first, «🕒 В лист ожидания» for the second; then the confirmation.
            await chat.PressAsync(chat.InlineButtons[0].Text);
            await chat.PressAsync(chat.InlineButtons[0].Text);
            if (person == 866)
            {
                Assert.Contains("🚐 Нужна машина", chat.LastText);
                await chat.PressAsync("Нет, доберусь сам(а)");
            }
            else
            {
                Assert.DoesNotContain("🚐 Нужна машина", chat.LastText);
                Assert.Contains("📅 Куда пойти", chat.ReplyButtons);
            }
        }
    }

    /// <summary>An activity held in Бохан, so that the people onboarded in Оса are offered the car.</summary>
    private static async Task<long> ActivityInBohanAsync(BotUnderTest bot, string title, int capacity)
    {
        var id = await ActivityData.AddActivityAsync(bot, title, capacity);
        await bot.QueryAsync(async db =>
        {
            (await db.Set<Activity>().SingleAsync(a => a.Id == id)).Settlement = "Бохан";
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>From the menu to a seat: the kind, the first activity of it, «Записаться», «Да».</summary>
    private static async Task SignUpAsync(TestChat chat, string title)
    {
        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        await chat.PressAsync($"1. {title}");
        await chat.PressAsync("✅ Записаться");
        await chat.PressAsync("Да, записаться");
    }
}
