using ClubBot.Features.Help;
using ClubBot.Features.Questions;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Help;

/// <summary>Rides, aid and questions, and the coordinator's side of requests: every change reaches the participant.</summary>
public sealed class CoordinatorRequestTests : FakeBotApiTest
{
    private const long Admin = 910;

    private static Dictionary<string, string?> Settings => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "910" };

    [Fact]
    public async Task Ride_ConfirmedWithAPickupTime_AssignedAndDone_TheParticipantHearsEachStep()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var participant = await OnboardingTests.WalkToAsync(bot, 911, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await HelpData.AddPersonAsync(bot, 912, VolunteerStatus.Approved);

        await AskForRideTomorrowAsync(participant, escort: "Да, нужен");
        Assert.Contains("Откуда: Оса\nКуда: Поликлиника", participant.LastText);
        Assert.Contains("Нужен сопровождающий", participant.LastText);
        await participant.PressAsync("✅ Отправить заявку");
        Assert.StartsWith("Заявка № 1 принята: Поездка: Поликлиника.", participant.LastText);

        await OpenTheNewRequestAsync(admin);
        Assert.Contains("Кто: Анна Петрова, +7 914 123-45-67", admin.LastText);
        await admin.PressAsync("🚐 Время подачи");
        await admin.SendAsync("25:99");
        Assert.StartsWith("Напишите время, например 9:30", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("9:30");
        Assert.Contains("Машина придёт: ", admin.LastText);
        Assert.StartsWith("Поездка № 1 (Поликлиника) подтверждена: машина придёт ", participant.History.Last(c => c.Method == "sendMessage").Text);
        Assert.Contains("09:30", participant.History.Last(c => c.Method == "sendMessage").Text);
        await admin.PressAsync("🚐 Время подачи");
        await admin.SendAsync("10:15");
        var changed = participant.History.Last(c => c.Method == "sendMessage").Text!;
        Assert.StartsWith("Поездка № 1 (Поликлиника): изменилось время. Было: машина придёт ", changed);
        Assert.Matches("в 09:30\\. Стало: машина придёт .* в 10:15\\.$", changed);

        await admin.PressAsync("👤 Волонтёру");
        await admin.PressAsync("Человек 912 · Оса");
        Assert.StartsWith("По заявке № 1 (Поездка: Поликлиника) к вам придёт волонтёр: Человек 912", participant.History.Last(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("Координатор поручил вам задание:", Api.Calls.Last(c => c.ChatId == 912 && c.Method == "sendMessage").Text);

        await admin.PressAsync("✉️ Написать");
        await admin.SendAsync("Возьмите с собой полис, пожалуйста.");
        Assert.Equal("Сообщение координатора по заявке № 1:\nВозьмите с собой полис, пожалуйста.", participant.History.Last(c => c.Method == "sendMessage").Text);

        await admin.PressAsync("✅ Выполнена");
        Assert.Equal("Заявка № 1 (Поездка: Поликлиника) выполнена. Спасибо, что обратились!", participant.History.Last(c => c.Method == "sendMessage").Text);

        await participant.TapAsync("📋 Мои заявки");
        Assert.Contains($"№ 1 · Поездка: Поликлиника · {HelpData.TomorrowWords()} — ✅ Выполнена", participant.LastText);
        Assert.DoesNotContain(participant.InlineButtons, b => b.Text.StartsWith("❌", StringComparison.Ordinal));
        var journal = await ClubBot.Tests.Features.Activities.CoordinatorTests.JournalAsync(bot);
        Assert.Contains(ClubBot.Audit.AuditActions.RequestAssign, journal);
        Assert.Contains(ClubBot.Audit.AuditActions.RequestStatus, journal);
    }

    [Fact]
    public async Task PickupPrompt_OnTheTwentySixthOfDecember_NamesTheRidesDay_AndThatExampleIsAccepted()
    {
        // 26 December, 10:00 in Irkutsk: a fixed example «25.12 9:30» would already be past, and refused.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 26, 2, 0, 0, TimeSpan.Zero));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(Settings) { ["Club:TimeZone"] = "Asia/Irkutsk" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var participant = await OnboardingTests.WalkToAsync(bot, 921, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await AskForRideTomorrowAsync(participant, escort: "Нет, справлюсь сам(а)");
        await participant.PressAsync("✅ Отправить заявку");
        await OpenTheNewRequestAsync(admin);

        await admin.PressAsync("🚐 Время подачи");
        Assert.Contains("(27.12 9:30)", admin.LastText);
        await admin.SendAsync("25.12 9:30");
        Assert.Contains("дату и время: 27.12 9:30.", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("27.12 9:30");

        Assert.Contains("Машина придёт: ", admin.LastText);
        Assert.Contains("27 декабря", participant.History.Last(c => c.Method == "sendMessage").Text);
    }

    [Fact]
    public async Task Aid_CancelledByTheParticipant_IsCancelled_AndStaffSeeItInTheList()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var participant = await OnboardingTests.WalkToAsync(bot, 913, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await participant.TapMenuAsync("🎁 Автобус добра");
        await participant.PressAsync("Одежда и обувь");
        await participant.SendAsync("Зимние сапоги, 38 размер");
        Assert.StartsWith("Куда привезти?", participant.LastText);
        Assert.Contains("📍 Оса", participant.ReplyButtons);
        await participant.SendAsync("ул. Лесная, 5");
        Assert.Contains("Адрес: Оса, ул. Лесная, 5", participant.LastText);
        await participant.PressAsync("✅ Отправить заявку");

        await participant.TapAsync("📋 Мои заявки");
        await participant.PressAsync("❌ Отменить № 1");
        await participant.PressAsync("Да, отменить");

        Assert.Equal("Заявка № 1 отменена.", participant.LastText);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("📥 Заявки");
        await admin.PressAsync("✖️ Отменена (1)");
        var listed = admin.InlineButtons.First(b => b.Text.StartsWith("№ 1 · Помощь: Одежда и обувь", StringComparison.Ordinal));
        await admin.PressAsync(listed.Text);
        Assert.Contains("Адрес: Оса, ул. Лесная, 5", admin.LastText);
    }

    [Fact]
    public async Task ARequestCancelledByErasure_CannotBeRevived_AndOffersNoMessageToAPersonNoLongerThere()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var participant = await OnboardingTests.WalkToAsync(bot, 914, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await participant.TapMenuAsync("🎁 Автобус добра");
        await participant.PressAsync("Одежда и обувь");
        await participant.SendAsync("Зимние сапоги, 38 размер");
        await participant.SendAsync("ул. Лесная, 5");
        await participant.PressAsync("✅ Отправить заявку");
        await OpenTheNewRequestAsync(admin);
        Assert.Contains(admin.InlineButtons, b => b.Text == "🔧 В работу");

        await participant.TapMenuAsync("🔒 Мои данные");
        await participant.PressAsync("🗑 Удалить мои данные");
        await participant.PressAsync("Да, удалить");
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("Заявка № 1 отменена: человек удалил свои данные.", StringComparison.Ordinal) == true);

        // The card opened before the erasure still shows its buttons: pressing one changes nothing.
        await admin.PressEarlierAsync("🔧 В работу");
        Assert.Contains(admin.Last, c => c.Text == "Заявка № 1 уже закрыта (✖️ Отменена), её статус не меняется.");
        Assert.Equal(RequestStatus.Cancelled, await bot.QueryAsync(db => db.Set<HelpRequest>().Select(r => r.Status).SingleAsync()));
        Assert.DoesNotContain(admin.History, c => c.Text?.Contains("Позвоните", StringComparison.Ordinal) == true);

        await admin.SendAsync("🏠 Меню");
        await admin.TapMenuAsync("📥 Заявки");
        await admin.PressAsync("✖️ Отменена (1)");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.StartsWith("№ 1 ", StringComparison.Ordinal)).Text);
        Assert.Contains("🔒 Заявка закрыта, её статус больше не меняется.", admin.LastText);
        Assert.Empty(admin.History.Last(c => c.Method == "sendMessage").InlineKeyboard);
        Assert.Contains("⬅️ Назад", admin.ReplyButtons);
        var journal = await ClubBot.Tests.Features.Activities.CoordinatorTests.JournalAsync(bot);
        Assert.DoesNotContain(ClubBot.Audit.AuditActions.RequestStatus, journal);
    }

    [Fact]
    public async Task AssigningWithNoVolunteers_SaysSo_AndOffersThatTheCentreTakesIt()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var person = await HelpData.AddPersonAsync(bot, 915);
        var request = await HelpData.AddRequestAsync(bot, person);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("📥 Заявки");
        await admin.PressAsync("🆕 Новая (1)");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.StartsWith($"№ {request} ", StringComparison.Ordinal)).Text);

        await admin.PressAsync("👤 Волонтёру");

        Assert.Equal("Волонтёров пока нет: никого ещё не приняли. Заявку может взять центр.", admin.LastText);
        Assert.Equal(["🏢 Взять центру", "⬅️ К заявке"], admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync("🏢 Взять центру");
        Assert.StartsWith($"№ {request} ", admin.LastText);
        var stored = await HelpData.RequestAsync(bot, request);
        Assert.Equal((RequestStatus.Assigned, true), (stored.Status, stored.ByStaff));
        await Api.WaitForAsync(c => c.ChatId == 915 && c.Text?.Contains($"№ {request}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Question_ReachesCoordinators_AndTheAnswerReachesThePerson_Once()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var person = new TestChat(Api, bot, 914);
        await person.SendAsync("привет");

        await person.TapAsync("❓ Вопрос координатору");
        Assert.Contains(BotUnderTest.TestPhone, person.LastText);
        await person.PushAsync(Updates.Sticker(914));
        Assert.StartsWith("Я понимаю только текст и кнопки", person.Last.First(c => c.Method == "sendMessage").Text);
        var letter = string.Concat(Enumerable.Repeat("Подскажите, пожалуйста, про поездку. ", 60)).Trim();
        await person.SendAsync(letter);
        Assert.Equal($"Это слишком длинно: в тексте {letter.Length} знаков, а помещается 2000 знаков. Сократите, пожалуйста, — самое главное.",
            person.Last.First(c => c.Method == "sendMessage").Text);
        await person.SendAsync("Когда будет следующая поездка в Иркутск?");
        Assert.StartsWith("Вопрос отправлен координатору", person.LastText);

        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("❓ Вопрос координатору\nСпрашивает: Анна", StringComparison.Ordinal) == true);
        var question = admin.History.Last(c => c.Text?.StartsWith("❓", StringComparison.Ordinal) == true);
        await admin.PressAsync("✍️ Ответить");
        await admin.SendAsync("В субботу, запись уже открыта.");
        Assert.Equal("Ответ отправлен.", admin.LastText);
        Assert.Equal("Ответ координатора на ваш вопрос «Когда будет следующая поездка в Иркутск?»:\nВ субботу, запись уже открыта.", person.History.Last(c => c.Method == "sendMessage").Text);

        await admin.PushAsync(Updates.Callback(Admin, question.InlineKeyboard[0][0].Data!, question.MessageId!.Value));
        Assert.StartsWith("На этот вопрос уже ответили", admin.LastText);
        var stored = await bot.QueryAsync(db => db.Set<CoordinatorQuestion>().AsNoTracking().SingleAsync());
        Assert.Equal("В субботу, запись уже открыта.", stored.Answer);
        Assert.Equal(Admin, stored.AnsweredBy);
    }

    [Fact]
    public async Task Question_WithNoCoordinatorInTheBotYet_Waits_AndStaffFindItUnderQuestions_OldestFirst()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var person = new TestChat(Api, bot, 914);
        await person.SendAsync("привет");
        await person.TapAsync("❓ Вопрос координатору");
        await person.SendAsync("Можно ли взять на поездку внука?");
        Assert.Equal($"Вопрос записан. Координатор увидит его, как только зайдёт в бот, и ответ придёт сюда. Если дело срочное, позвоните: {BotUnderTest.TestPhone}.", person.LastText);
        await person.TapAsync("❓ Вопрос координатору");
        await person.SendAsync("И во сколько обратно?");

        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        Assert.DoesNotContain(admin.History, c => c.Text?.StartsWith("❓ Вопрос координатору", StringComparison.Ordinal) == true);
        await admin.TapMenuAsync("📰 Сводка");
        Assert.Contains("❓ Вопросов без ответа: 2 — они в разделе «❓ Вопросы».", admin.LastText);
        await admin.TapMenuAsync("❓ Вопросы");
        var shown = admin.Last.Where(c => c.Method == "sendMessage").Select(c => c.Text!).ToList();
        Assert.Equal("Вопросов без ответа: 2. Сначала самые давние, здесь 2:", shown[0]);
        Assert.EndsWith("Можно ли взять на поездку внука?", shown[1]);
        Assert.EndsWith("И во сколько обратно?", shown[2]);
        Assert.Contains("Спрашивает: Анна", shown[1]);

        var first = admin.Last.First(c => c.Text?.EndsWith("внука?", StringComparison.Ordinal) == true);
        await admin.PushAsync(Updates.Callback(Admin, first.InlineKeyboard[0][0].Data!, first.MessageId!.Value));
        await admin.SendAsync("Можно, место для него есть.");
        Assert.Equal("Ответ отправлен.", admin.LastText);
        Assert.EndsWith("Можно, место для него есть.", person.History.Last(c => c.Method == "sendMessage").Text);

        await admin.TapMenuAsync("❓ Вопросы");
        Assert.Contains("Вопросов без ответа: 1.", admin.Last.First(c => c.Method == "sendMessage").Text);
    }

    /// <summary>A ride from Оса to the clinic tomorrow, up to the summary before it is sent.</summary>
    private static async Task AskForRideTomorrowAsync(TestChat participant, string escort)
    {
        await participant.TapAsync("🚐 Поездка в город");
        await participant.PressStartingAsync("Завтра, ");
        await participant.TapAsync("📍 Оса");
        await participant.PressAsync("Поликлиника");
        await participant.SendAsync("Приём у кардиолога в 11:00");
        await participant.PressAsync(escort);
    }

    /// <summary>The coordinator opens the card from the notice of a new request.</summary>
    private async Task OpenTheNewRequestAsync(TestChat admin)
    {
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("🆕 Новая заявка", StringComparison.Ordinal) == true);
        await admin.PressAsync("Открыть");
    }
}
