using System.Text.RegularExpressions;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Activities;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Texts;

/// <summary>
/// Three older people's day with the bot, from the first /start to a ride, read as they read it: no message
/// that says nothing, no title forced after a preposition, every date example works when typed, a screen holds
/// at most eight buttons, and nothing but a card runs past 400 characters.
/// </summary>
public sealed partial class SeniorsDayTests : FakeBotApiTest
{
    private const long Coordinator = 7700;

    private static readonly (long Id, string Name, string Phone)[] Seniors =
    [
        (7701, "Анна Петрова", "8 914 123-45-67"),
        (7702, "Пётр Сидоров", "+7 902 555-66-77"),
        (7703, "Мария Иванова", "89025551122"),
    ];

    [Fact]
    public async Task ThreeSeniorsDay_HasNoFillers_NoUndeclinedTitles_WorkingDateExamples_AndShortScreens()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = Coordinator.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var coordinator = new TestChat(Api, bot, Coordinator);
        await coordinator.SendAsync("/start");
        await ActivityData.AddActivityAsync(bot, "Поездка в Иркутск", capacity: 10, kind: "trip");

        var chats = new List<TestChat>();
        foreach (var (id, name, phone) in Seniors)
        {
            var senior = new TestChat(Api, bot, id);
            chats.Add(senior);
            await OnboardAsync(senior, name, phone);
            await senior.SendAsync("Здравствуйте");
            Assert.StartsWith("Здравствуйте! Рады вам.", senior.LastText);
            await SignUpForTheTripAsync(senior);
            await OpenAsync(senior, "🗓 Мои записи");
            Assert.Contains("📍 Оса, Дом культуры", senior.LastText);
            await AskForHouseholdHelpAsync(senior);
            await AskForARideAsync(senior);
            await OpenAsync(senior, "📋 Мои заявки");
        }

        // A question typed in words goes to a coordinator when the person wants it to.
        var asking = chats[0];
        await asking.TapAsync("🏠 Меню");
        await asking.SendAsync("Когда будет следующая поездка?");
        await asking.PressAsync("❓ Передать координатору");
        var mid = chats[2];
        await mid.SendAsync("А можно взять с собой внука?");
        // Asked inside «Мои заявки»: the offer comes first, then the list again.
        await mid.PressEarlierAsync("❓ Передать координатору");
        await Api.WaitForAsync(c => c.ChatId == Coordinator && c.Text?.Contains("А можно взять с собой внука?", StringComparison.Ordinal) == true);
        await Api.WaitForAsync(c => c.ChatId == Coordinator && c.Text?.Contains("Когда будет следующая поездка?", StringComparison.Ordinal) == true);
        await OpenAsync(chats[1], "🗓 Мои записи");
        await chats[1].PressAsync("❌ Отменить: Поездка в Иркутск");
        await chats[1].PressAsync("Да, отменить");

        var messages = chats.SelectMany(c => c.History).Where(c => c.Method == "sendMessage").ToList();
        Assert.True(messages.Count > 90, $"the day should meet most screens; it met {messages.Count}");
        Assert.Empty(messages.Where(m => m.Text!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 || m.Text.Trim() is "Хорошо." or "Хорошо")
            .Select(m => m.Text));
        Assert.Empty(messages.Where(m => TitleAfterPreposition().IsMatch(m.Text!)).Select(m => m.Text));
        Assert.Empty(messages.Where(m => m.InlineKeyboard.Sum(r => r.Count) > 8 || m.ReplyKeyboard.Sum(r => r.Count) > 8).Select(m => m.Text));
        // Cards carry what people need to decide (when, where, what is asked); they may be longer.
        Assert.Empty(messages.Where(m => m.Text!.Length > 400 && !m.Text.Contains("\nКогда: ", StringComparison.Ordinal)).Select(m => $"{m.Text!.Length}: {m.Text}"));
    }

    /// <summary>A main-menu entry as a person reaches it: from the menu, via «🏠 Меню» when in a section.</summary>
    private static async Task OpenAsync(TestChat senior, string entry)
    {
        if (!senior.ReplyButtons.Contains(entry))
            await senior.TapAsync("🏠 Меню");
        await senior.TapMenuAsync(entry);
    }

    private static async Task OnboardAsync(TestChat senior, string name, string phone)
    {
        await senior.SendAsync("/start");
        await senior.PressAsync("✅ Согласен");
        await senior.SendAsync(name);
        await senior.SendAsync(phone);
        await senior.PressAsync("Оса");
        await senior.PressAsync("Пенсионер");
        await senior.PressAsync("⬜ Мастер-классы");
        await senior.PressAsync("✔️ Готово");
        await senior.PressAsync("✅ Всё верно");
        Assert.Contains($"Спасибо, {name}!", senior.LastText);
    }

    private static async Task SignUpForTheTripAsync(TestChat senior)
    {
        await OpenAsync(senior, "📅 Куда пойти");
        await senior.PressAsync("🚌 Поездка");
        await senior.PressAsync("1. Поездка в Иркутск");
        await senior.PressAsync("✅ Записаться");
        await senior.PressAsync("Да, записаться");
        Assert.StartsWith("Готово! Вы записаны: 🚌 Поездка в Иркутск", senior.LastText);
    }

    private static async Task AskForHouseholdHelpAsync(TestChat senior)
    {
        await OpenAsync(senior, "🛠 Помощь по дому");
        await senior.PressAsync("Мелкий ремонт — 300 ₽");
        await senior.SendAsync("Течёт кран на кухне");
        await senior.TapAsync("📍 Оса");
        await EveryExampleIsTakenAsync(senior, "В какое время дня?");
        await senior.PressStartingAsync("Завтра, ");
        await senior.PressAsync("Утром (9–12)");
        await senior.PressAsync("✅ Отправить заявку");
        Assert.StartsWith("Заявка № ", senior.LastText);
    }

    private static async Task AskForARideAsync(TestChat senior)
    {
        await OpenAsync(senior, "🚐 Поездка в город");
        await EveryExampleIsTakenAsync(senior, "Откуда вас забрать?");
        await senior.PressStartingAsync("Завтра, ");
        await senior.TapAsync("📍 Оса");
        await senior.PressAsync("Поликлиника");
        await senior.SendAsync("Приём у кардиолога в 11:00");
        await senior.PressAsync("Нет, справлюсь сам(а)");
        await senior.PressAsync("✅ Отправить заявку");
        Assert.StartsWith("Заявка № ", senior.LastText);
    }

    /// <summary>Types each «example» the day question shows, sees the next step, and comes back to the day.</summary>
    private static async Task EveryExampleIsTakenAsync(TestChat senior, string nextStep)
    {
        var examples = Quoted().Matches(senior.LastText).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            await senior.SendAsync(example);
            Assert.True(senior.LastText.StartsWith(nextStep, StringComparison.Ordinal), $"«{example}» was not taken: {senior.LastText}");
            await senior.TapAsync("⬅️ Назад");
        }
    }

    [GeneratedRegex(@"«([^»]+)»")]
    private static partial Regex Quoted();

    // A preposition right before an emoji: a title that would have to decline («на 🚌 Поездка…»).
    [GeneratedRegex(@"(?<!\p{L})(?:на|в|во|о|об|для|к|ко|из|с|со|по|от|до|за|про|у|при)\s+\p{So}", RegexOptions.IgnoreCase)]
    private static partial Regex TitleAfterPreposition();
}
