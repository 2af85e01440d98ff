using System.Text.Json.Nodes;
using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Activities;

/// <summary>Participants find activities, sign up, wait, cancel; seats are never given twice.</summary>
public sealed class SignUpTests : FakeBotApiTest
{
    [Fact]
    public async Task AKindWithNothingPlanned_SaysSoAboveTheKinds_AndAnEmptyCatalogueSaysSoAtOnce()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 856, OnboardingState.Saved);
        await chat.TapAsync("📅 Куда пойти");
        Assert.StartsWith("Пока ничего не запланировано", chat.LastText);
        Assert.Contains("📅 Куда пойти", chat.ReplyButtons);

        await ActivityData.AddActivityAsync(bot, "Прозрачный мольберт", capacity: 10);
        await chat.TapAsync("📅 Куда пойти");
        var kinds = chat.InlineButtons.Select(b => b.Text).ToList();
        await chat.PressAsync("🚌 Поездка");
        Assert.Equal("В разделе «🚌 Поездка» пока ничего не запланировано. Загляните позже — или выберите другое.\n\nЧто вам интересно? Выберите:", chat.LastText);
        Assert.Equal(kinds, chat.InlineButtons.Select(b => b.Text));
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        Assert.Contains("Прозрачный мольберт", chat.LastText);
        await chat.TapAsync("⬅️ Назад");
        Assert.StartsWith("Что вам интересно?", chat.LastText);
    }

    [Fact]
    public async Task Participant_FindsAnActivity_SignsUp_SeesItInMySignUps_AndCancels()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var id = await ActivityData.AddActivityAsync(bot, "Прозрачный мольберт", capacity: 10);
        var chat = await OnboardingTests.WalkToAsync(bot, 850, OnboardingState.Saved);

        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync("🎨 Мастерская, мастер-класс");
        Assert.Contains("Прозрачный мольберт · Дом культуры, ул. Ленина, 5 · свободно мест: 10", chat.LastText);
        await chat.PressAsync("1. Прозрачный мольберт");
        Assert.Contains("«Прозрачный мольберт»", chat.LastText);
        Assert.Contains("Где: Оса, Дом культуры, ул. Ленина, 5", chat.LastText);
        Assert.Equal(["✅ Записаться"], chat.InlineButtons.Select(b => b.Text));
        await chat.TapAsync("⬅️ Назад");
        Assert.Contains("Прозрачный мольберт · Дом культуры", chat.LastText);
        await chat.PressAsync("1. Прозрачный мольберт");
        await chat.PressAsync("✅ Записаться");
        Assert.StartsWith("Записать вас?\n🎨 Прозрачный мольберт — ", chat.LastText);
        await chat.PressAsync("Да, записаться");
        Assert.StartsWith("Готово! Вы записаны: 🎨 Прозрачный мольберт", chat.LastText);
        Assert.Contains("📅 Куда пойти", chat.ReplyButtons);

        await chat.TapAsync("🗓 Мои записи");
        Assert.Contains("Прозрачный мольберт — ", chat.LastText);
        Assert.Contains("\n   📍 Оса, Дом культуры, ул. Ленина, 5\n   ✅ Вы записаны", chat.LastText);
        await chat.PressAsync("❌ Отменить: Прозрачный мольберт");
        await chat.PressAsync("Да, отменить");

        Assert.StartsWith("Запись отменена", chat.LastText);
        Assert.Equal(SignUpState.Cancelled, Assert.Single(await ActivityData.SignUpsAsync(bot, id)).State);
    }

    [Fact]
    public async Task Full_OffersTheWaitingListWithPosition_AndACancellationPromotesTheFirstWaiting()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        await ActivityData.AddActivityAsync(bot, "Поездка на Байкал", capacity: 1, kind: "trip");
        var first = await OnboardingTests.WalkToAsync(bot, 851, OnboardingState.Saved);
        var second = await OnboardingTests.WalkToAsync(bot, 852, OnboardingState.Saved);
        await SignUpAsync(first, "🚌 Поездка", "1. Поездка на Байкал", "✅ Записаться", "Да, записаться");

        await SignUpAsync(second, "🚌 Поездка", "1. Поездка на Байкал");
        Assert.Contains("мест нет", second.LastText);
        await second.PressAsync("🕒 В лист ожидания (вы будете 1-м)");
        await second.PressAsync("Да, в лист ожидания");
        Assert.Contains("ваш номер 1", second.LastText);

        await first.TapAsync("🗓 Мои записи");
        await first.PressAsync("❌ Отменить: Поездка на Байкал");
        await first.PressAsync("Да, отменить");

        var told = second.History.Last(c => c.Method == "sendMessage");
        Assert.StartsWith("Хорошая новость! Освободилось место, и вы записаны: 🚌 Поездка на Байкал", told.Text);
    }

    [Fact]
    public async Task SigningUpForTwoActivitiesAtTheSameTime_WarnsAboutTheOverlap()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        await ActivityData.AddActivityAsync(bot, "Чаепитие", capacity: null, kind: "club");
        await ActivityData.AddActivityAsync(bot, "Давление и сахар", capacity: null, kind: "health");
        var chat = await OnboardingTests.WalkToAsync(bot, 854, OnboardingState.Saved);
        await SignUpAsync(chat, "🤝 Встреча клуба", "1. Чаепитие", "✅ Записаться", "Да, записаться");

        await SignUpAsync(chat, "🩺 Здоровье", "1. Давление и сахар", "✅ Записаться", "Да, записаться");

        Assert.StartsWith("Готово! Вы записаны: 🩺 Давление и сахар", chat.LastText);
        Assert.Contains("в это же время у вас есть запись:\n🤝 Чаепитие", chat.LastText);
    }

    [Fact]
    public async Task SigningUpTwice_IsRefusedKindly()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var id = await ActivityData.AddActivityAsync(bot, "Хор", capacity: null, kind: "rehearsal");
        var chat = await OnboardingTests.WalkToAsync(bot, 853, OnboardingState.Saved);
        await SignUpAsync(chat, "🎵 Репетиция ансамбля", "1. Хор", "✅ Записаться");
        var confirmation = chat.History.Last(c => c.MessageId is not null && c.InlineKeyboard.Count > 0);

        await chat.PressAsync("Да, записаться");
        await chat.PushAsync(Updates.Callback(853, "ac:Confirm:yes", confirmation.MessageId!.Value));

        Assert.Single(await ActivityData.SignUpsAsync(bot, id));
    }

    [Fact]
    public Task FiftyPeopleForTenSeatsAtOnce_TenConfirmed_FortyWaitingInOrder_AndACancellationPromotesTheFirst() =>
        FiftyForTenAsync(OnboardingTests.Fast);

    [PostgresFact]
    public async Task FiftyPeopleForTenSeatsAtOnce_HoldsOnPostgres()
    {
        using var database = new PostgresDatabase();
        await FiftyForTenAsync(new Dictionary<string, string?>(OnboardingTests.Fast)
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.ConnectionString,
        });
    }

    private async Task FiftyForTenAsync(Dictionary<string, string?> settings)
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings);
        var id = await ActivityData.AddActivityAsync(bot, "Мастер-класс по росписи", capacity: 10);
        var chats = Enumerable.Range(0, 50).Select(i => 860_000L + i).ToList();
        foreach (var chat in chats)
            await ActivityData.AddParticipantAtConfirmationAsync(bot, chat, id);

        var updates = chats.Select(chat => Api.Push(Updates.Callback(chat, "ac:Confirm:yes", messageId: 5))).ToList();
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().CountAsync(u => updates.Contains(u.UpdateId) && u.HandledAt != null).ContinueWith(t => t.Result == 50));

        var signUps = await ActivityData.SignUpsAsync(bot, id);
        Assert.Equal(50, signUps.Count);
        Assert.Equal(10, signUps.Count(s => s.State == SignUpState.Confirmed));
        Assert.All(signUps.Take(10), s => Assert.Equal(SignUpState.Confirmed, s.State));
        Assert.All(signUps.Skip(10), s => Assert.Equal(SignUpState.Waiting, s.State));
        var messages = await Api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId >= 860_000 && c.ChatId < 860_050, 50);
        for (var i = 10; i < 50; i++)
            Assert.Contains($"ваш номер {i - 9}:", messages.Single(m => m.ChatId == signUps[i].Person!.ChatId).Text);

        var leaving = new TestChat(Api, bot, signUps[3].Person!.ChatId!.Value);
        await leaving.SendAsync("🗓 Мои записи");
        await leaving.PressAsync("❌ Отменить: Мастер-класс по росписи");
        await leaving.PressAsync("Да, отменить");

        var after = await ActivityData.SignUpsAsync(bot, id);
        Assert.Equal(SignUpState.Confirmed, after[10].State);
        Assert.Equal(10, after.Count(s => s.State == SignUpState.Confirmed));
        var promoted = after[10].Person!.ChatId!.Value;
        await Api.WaitForAsync(c => c.ChatId == promoted && c.Text?.StartsWith("Хорошая новость!", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ForgedCallbacks_NamingAnothersSignUpOrAStaffAction_AreRefusedAndChangeNothing()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var id = await ActivityData.AddActivityAsync(bot, "Скандинавская ходьба", capacity: 5, kind: "health");
        var owner = await OnboardingTests.WalkToAsync(bot, 870, OnboardingState.Saved);
        var intruder = await OnboardingTests.WalkToAsync(bot, 871, OnboardingState.Saved);
        await SignUpAsync(owner, "🩺 Здоровье", "1. Скандинавская ходьба", "✅ Записаться", "Да, записаться");
        var ownersSignUp = Assert.Single(await ActivityData.SignUpsAsync(bot, id)).Id;
        await SignUpAsync(intruder, "🩺 Здоровье", "1. Скандинавская ходьба", "✅ Записаться", "Да, записаться");
        await intruder.TapAsync("🗓 Мои записи");

        var forged = new JsonObject[]
        {
            Updates.Callback(871, $"ms:List:cancel:{ownersSignUp}"),
            Updates.Callback(871, "ms:ConfirmCancel:yes"),
            Updates.Callback(871, $"sa:Card:cancel"),
            Updates.Callback(871, $"sa:List:open:{id}"),
            Updates.Callback(871, "ae:Summary:save"),
        };
        foreach (var update in forged)
        {
            await intruder.PushAsync(update);
            Assert.Contains(intruder.Last, c => c.Text?.StartsWith("Эта кнопка уже не действует", StringComparison.Ordinal) == true);
        }

        // Out of any flow, staff buttons are just as dead.
        await intruder.TapAsync("🏠 Меню");
        await intruder.PushAsync(Updates.Callback(871, "sa:CancelConfirm:yes"));
        Assert.StartsWith("Эта кнопка уже не действует", intruder.LastText);

        var signUps = await ActivityData.SignUpsAsync(bot, id);
        Assert.All(signUps, s => Assert.Equal(SignUpState.Confirmed, s.State));
        Assert.Equal(ActivityState.Planned, await bot.QueryAsync(db => db.Set<Activity>().Where(a => a.Id == id).Select(a => a.State).SingleAsync()));
    }

    private static async Task SignUpAsync(TestChat chat, string kind, params string[] presses)
    {
        await chat.TapAsync("📅 Куда пойти");
        await chat.PressAsync(kind.Length > 0 ? chat.InlineButtons.First(b => b.Text.StartsWith(kind, StringComparison.Ordinal)).Text : kind);
        foreach (var press in presses)
            await chat.PressAsync(press);
    }
}
