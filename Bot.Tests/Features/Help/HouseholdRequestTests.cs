using System.Text.Json.Nodes;
using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Help;

/// <summary>A household request from the menu to «выполнено», with a volunteer taking it.</summary>
public sealed class HouseholdRequestTests : FakeBotApiTest
{
    private const long Admin = 890;

    private static Dictionary<string, string?> Settings => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "890" };

    [Fact]
    public async Task HouseholdRequest_FromTheMenuToDone_WithAVolunteer_AndEveryMessageBothReceive()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var volunteer = await OnboardingTests.WalkToAsync(bot, 892, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await volunteer.TapMenuAsync("🤝 Стать волонтёром");
        Assert.StartsWith("Волонтёры центра помогают соседям", volunteer.LastText);
        Assert.Equal(["✅ Да, хочу помогать", "Не сейчас"], volunteer.InlineButtons.Select(b => b.Text));
        Assert.Equal(VolunteerStatus.None, await bot.QueryAsync(db => db.Set<Person>().Where(p => p.TelegramUserId == 892).Select(p => p.Volunteer).SingleAsync()));
        await volunteer.PressAsync("✅ Да, хочу помогать");
        Assert.StartsWith("Спасибо! Заявка отправлена координатору", volunteer.LastText);
        // Staff are told by bulk messages, paced apart from replies: wait for it to arrive.
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text == "🤝 Заявка в волонтёры: Анна Петрова, +7 914 123-45-67, Оса");
        await admin.PressAsync("✅ Принять");
        var accepted = volunteer.History.Last(c => c.Method == "sendMessage");
        Assert.StartsWith("Вы приняты в волонтёры!", accepted.Text);
        Assert.Contains("📌 Задания", accepted.ReplyKeyboard.SelectMany(r => r));
        var participant = await OnboardingTests.WalkToAsync(bot, 891, ClubBot.Features.Onboarding.OnboardingState.Saved);

        await participant.TapAsync("🛠 Помощь по дому");
        await participant.PressAsync("Мелкий ремонт — 300 ₽");
        await participant.SendAsync("Течёт кран на кухне");
        await participant.TapAsync("📍 Оса");
        await participant.PressStartingAsync("Завтра, ");
        await participant.PressAsync("Утром (9–12)");
        Assert.StartsWith("Проверьте заявку:\n\nМелкий ремонт\nСтоимость: 300 ₽", participant.LastText);
        Assert.DoesNotContain("Статус", participant.LastText);
        Assert.Contains("Подробности: Течёт кран на кухне", participant.LastText);
        Assert.Contains($"Когда: {HelpData.TomorrowWords()}, утром (9–12)", participant.LastText);
        await participant.PressAsync("✅ Отправить заявку");
        Assert.StartsWith("Заявка № 1 принята: Мелкий ремонт.", participant.LastText);

        // Announcements are bulk messages, paced apart from replies: wait for it to arrive.
        var announcement = (await Api.WaitForAsync(c => c.ChatId == 892 && c.Text?.StartsWith("Рядом с вами нужна помощь:", StringComparison.Ordinal) == true)).Single();
        Assert.DoesNotContain("+79141234567", announcement.Text);
        Assert.DoesNotContain("Адрес", announcement.Text);
        Assert.DoesNotContain("Стоимость", announcement.Text);
        await volunteer.PressAsync("✋ Взять");
        Assert.StartsWith("Задание ваше!", volunteer.LastText);
        Assert.Contains("Кто: Анна Петрова, +7 914 123-45-67", volunteer.LastText);
        Assert.Contains("Адрес: Оса", volunteer.LastText);
        Assert.DoesNotContain("Стоимость", volunteer.LastText);
        await volunteer.PressAsync("✅ Выполнено");
        Assert.StartsWith("Сколько часов заняло задание № 1?", volunteer.LastText);
        await volunteer.SendAsync("полтора");
        Assert.StartsWith("Напишите число часов", volunteer.Last.First(c => c.Method == "sendMessage").Text);
        await volunteer.SendAsync("1,5");
        Assert.Equal("Спасибо! Задание № 1 закрыто.", volunteer.LastText);

        var told = participant.History.Where(c => c.Method == "sendMessage").Select(c => c.Text!).ToList();
        Assert.Equal($"По заявке № 1 (Мелкий ремонт) к вам придёт волонтёр: Анна Петрова, +7 914 123-45-67 — {HelpData.TomorrowWords()}, утром (9–12). Волонтёр позвонит вам, чтобы договориться.", told[^2]);
        Assert.Equal("Заявка № 1 (Мелкий ремонт) выполнена. Спасибо, что обратились!", told[^1]);
        var request = await HelpData.RequestAsync(bot, 1);
        Assert.Equal((RequestStatus.Done, 1.5m), (request.Status, request.HoursSpent));
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("🆕 Новая заявка", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TheAddressButton_OffersTheAddressOfTheLatestRequest_AndFillsItInWhole()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var participant = await OnboardingTests.WalkToAsync(bot, 896, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await participant.TapAsync("🛠 Помощь по дому");
        await participant.PressAsync("Мелкий ремонт — 300 ₽");
        await participant.SendAsync("Течёт кран на кухне");
        Assert.Contains("📍 Оса", participant.ReplyButtons);
        await participant.SendAsync("Оса, ул. Лесная, 5, кв. 2");
        await participant.PressStartingAsync("Завтра, ");
        await participant.PressAsync("Утром (9–12)");
        await participant.PressAsync("✅ Отправить заявку");

        await participant.TapAsync("🛠 Помощь по дому");
        await participant.PressAsync("Мелкий ремонт — 300 ₽");
        await participant.SendAsync("Не закрывается окно");
        await participant.TapAsync("📍 Оса, ул. Лесная, 5, кв. 2");
        await participant.PressStartingAsync("Завтра, ");
        await participant.PressAsync("Днём (12–17)");
        Assert.Contains("Адрес: Оса, ул. Лесная, 5, кв. 2", participant.LastText);
    }

    [Fact]
    public async Task TwoVolunteersPressTakeAtOnce_ExactlyOneHoldsIt_EveryTime()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var owner = await HelpData.AddPersonAsync(bot, 893);
        await HelpData.AddPersonAsync(bot, 894, VolunteerStatus.Approved);
        await HelpData.AddPersonAsync(bot, 895, VolunteerStatus.Approved);

        for (var round = 0; round < 20; round++)
        {
            var id = await HelpData.AddRequestAsync(bot, owner);
            var ids = new[] { 894L, 895L }.Select(chat => Api.Push(Updates.Callback(chat, $"vt:task:take:{id}", messageId: 3))).ToList();
            await bot.WaitUntilAsync(async db => await db.Set<InboxUpdate>().CountAsync(u => ids.Contains(u.UpdateId) && u.HandledAt != null) == 2
                && !await db.Set<ClubBot.Outbox.OutboxMessage>().AnyAsync(m => m.State == ClubBot.Outbox.OutboxState.Pending));

            var request = await HelpData.RequestAsync(bot, id);
            Assert.Equal(RequestStatus.Assigned, request.Status);
            Assert.NotNull(request.VolunteerId);
            Assert.Single(Api.Calls, c => c.Method == "sendMessage" && c.Text?.StartsWith("Задание ваше!", StringComparison.Ordinal) == true && c.Text.Contains($"№ {id} ", StringComparison.Ordinal));
        }

        Assert.Equal(20, Api.Calls.Count(c => c.Method == "sendMessage" && c.Text?.StartsWith("Эту заявку уже взял", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task ForgedCallbacks_CannotSeeOrChangeAnothersRequest_NorFinishAnothersTask()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var owner = await HelpData.AddPersonAsync(bot, 896);
        var intruder = await HelpData.AddPersonAsync(bot, 897);
        await HelpData.AddPersonAsync(bot, 898, VolunteerStatus.Approved);
        await HelpData.AddPersonAsync(bot, 899, VolunteerStatus.Approved);
        var id = await HelpData.AddRequestAsync(bot, owner);
        var taker = new TestChat(Api, bot, 898);
        await taker.PushAsync(Updates.Callback(898, $"vt:task:take:{id}"));
        Assert.StartsWith("Задание ваше!", taker.LastText);

        await HelpData.AddRequestAsync(bot, intruder);
        var chat = new TestChat(Api, bot, 897);
        await chat.SendAsync("/start");
        await chat.TapAsync("📋 Мои заявки");
        Assert.Contains("Ваши заявки:", chat.LastText);
        var forged = new (long Chat, JsonObject Update)[]
        {
            (897, Updates.Callback(897, $"mr:List:cancel:{id}")),
            (897, Updates.Callback(897, "mr:ConfirmCancel:yes")),
            (897, Updates.Callback(897, $"sr:req:open:{id}")),
            (897, Updates.Callback(897, $"vt:task:take:{id}")),
            (897, Updates.Callback(897, $"va:app:approve:{intruder}")),
            (899, Updates.Callback(899, $"vt:task:done:{id}")),
            (899, Updates.Callback(899, $"vt:task:release:{id}")),
        };
        foreach (var (from, update) in forged)
        {
            var replies = await new TestChat(Api, bot, from).PushAsync(update);
            Assert.DoesNotContain(replies, c => c.Text?.Contains("+7902", StringComparison.Ordinal) == true);
        }

        var request = await HelpData.RequestAsync(bot, id);
        Assert.Equal(RequestStatus.Assigned, request.Status);
        Assert.Equal(await bot.QueryAsync(db => db.Set<Person>().Where(p => p.TelegramUserId == 898).Select(p => p.Id).SingleAsync()), request.VolunteerId);
        Assert.Equal(VolunteerStatus.None, await bot.QueryAsync(db => db.Set<Person>().Where(p => p.Id == intruder).Select(p => p.Volunteer).SingleAsync()));
    }
}
