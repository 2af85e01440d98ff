using System.Text;
using ClubBot.Audit;
using ClubBot.Features.Activities;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Activities;

/// <summary>A coordinator's side: create, edit, cancel, roster, attendance, CSV, people on the phone.</summary>
public sealed class CoordinatorTests : FakeBotApiTest
{
    private const long Admin = 880;

    private static Dictionary<string, string?> Settings => new(OnboardingTests.Fast) { ["Club:Admins:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Coordinator_CreatesEditsAndCancels_AndEveryoneAffectedIsTold()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync("➕ Новое занятие");
        await admin.PressAsync("🎨 Мастерская, мастер-класс");
        await admin.SendAsync("Мастер-класс «Прозрачный мольберт»");
        await admin.SendAsync("31.02 10:00");
        Assert.StartsWith("Не получилось прочитать дату", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("завтра 10:00");
        await admin.SendAsync("9:00");
        Assert.StartsWith("Конец должен быть позже начала", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("12:00");
        await admin.SendAsync("Дом культуры");
        await admin.TapAsync("➡️ Пропустить");
        await admin.SendAsync("двенадцать");
        Assert.StartsWith("Число мест — целое от 1 до 1000", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("2");
        await admin.TapAsync("Бесплатно");
        await admin.SendAsync("Есть пандус");
        await admin.TapAsync("➡️ Пропустить");
        Assert.Contains("Название: Мастер-класс «Прозрачный мольберт»", admin.LastText);
        Assert.Contains("Мест: 2", admin.LastText);
        Assert.Contains("Стоимость, ₽: бесплатно", admin.LastText);
        await admin.PressAsync("💾 Сохранить");
        Assert.StartsWith("Занятие создано: 🎨 Мастер-класс «Прозрачный мольберт»", admin.LastText);

        var participant = await OnboardingTests.WalkToAsync(bot, 881, OnboardingState.Saved);
        await participant.TapAsync("📅 Куда пойти");
        await participant.PressAsync("🎨 Мастерская, мастер-класс");
        await participant.PressAsync("1. Мастер-класс «Прозрачный мольберт»");
        await participant.PressAsync("✅ Записаться");
        await participant.PressAsync("Да, записаться");

        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Прозрачный мольберт", StringComparison.Ordinal)).Text);
        await admin.PressAsync("✏️ Изменить");
        await admin.PressAsync("✏️ Место");
        await admin.SendAsync("Библиотека, ул. Мира, 1");
        Assert.Contains("Место: Библиотека, ул. Мира, 1", admin.LastText);
        await admin.PressAsync("💾 Сохранить");
        Assert.StartsWith("Изменения сохранены. Сообщение получили записавшиеся: 1.", admin.LastText);
        var changed = participant.History.Last(c => c.Method == "sendMessage").Text!;
        Assert.StartsWith("Изменилось занятие, на которое вы записаны:\n• Место: было «Дом культуры» — стало «Библиотека, ул. Мира, 1»\n\n🎨 Мастерская, мастер-класс", changed);

        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Прозрачный мольберт", StringComparison.Ordinal)).Text);
        await admin.PressAsync("❌ Отменить занятие");
        Assert.StartsWith("Почему занятие отменяется?", admin.LastText);
        await admin.SendAsync("?");
        Assert.Equal("Напишите причину словами — не короче 3 знаков и не длиннее 300. Или нажмите «Без причины».", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("Ведущая заболела");
        Assert.StartsWith("Отменить занятие?\n🎨 Мастер-класс «Прозрачный мольберт» — ", admin.LastText);
        Assert.EndsWith("\nПричина: Ведущая заболела\nВсе записавшиеся и ожидающие получат сообщение.", admin.LastText);
        await admin.PressAsync("Да, отменить занятие");
        Assert.StartsWith("Занятие отменено. Сообщение отправлено: 1.", admin.LastText);
        var cancelled = participant.History.Last(c => c.Method == "sendMessage").Text!;
        Assert.StartsWith("К сожалению, отменяется:\n🎨 Мастер-класс «Прозрачный мольберт»", cancelled);
        Assert.Contains("\nПричина: Ведущая заболела\n", cancelled);
        Assert.Equal(ActivityState.Cancelled, await bot.QueryAsync(db => db.Set<Activity>().Select(a => a.State).SingleAsync()));
        Assert.Equal([AuditActions.ActivityCreate, AuditActions.ActivityEdit, AuditActions.ActivityCancel], await JournalAsync(bot));

        // The journal says what changed in words, each changed field once.
        await admin.TapMenuAsync("🧾 Журнал");
        var entries = admin.LastText.Split("\n\n");
        var edit = Assert.Single(entries, e => e.Contains("Изменил(а) занятие", StringComparison.Ordinal)).Split('\n');
        Assert.Equal(["• Место: было «Дом культуры» — стало «Библиотека, ул. Мира, 1»"], edit[2..]);
        Assert.Contains(entries, e => e.EndsWith("было: запланировано → стало: отменено", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SigningUpSomeoneKnownByPhone_TellsThemInTelegram_AndTheCardCountsTheSeatTaken()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        await ActivityData.AddActivityAsync(bot, "Лепка из глины", capacity: 2);
        var anna = await OnboardingTests.WalkToAsync(bot, 883, OnboardingState.Saved);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Лепка", StringComparison.Ordinal)).Text);
        Assert.Contains("свободно мест: 2", admin.LastText);

        await admin.PressAsync("➕ Записать по телефону");
        await admin.SendAsync("Анна Петрова");
        await admin.SendAsync("+7 914 123-45-67");
        await admin.TapAsync("➡️ Пропустить");

        // Known by the phone: no consent to ask again, and she hears it at once.
        Assert.Contains(admin.Last, c => c.Text == "Анна Петрова записан(а) по телефону.");
        Assert.Contains("свободно мест: 1", admin.LastText);
        var told = (await Api.WaitForAsync(c => c.ChatId == 883 && c.Text?.StartsWith("Координатор записал вас:", StringComparison.Ordinal) == true)).Single();
        Assert.Contains("Лепка из глины", told.Text);
        Assert.Contains("«🗓 Мои записи»", told.Text);
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<Person>().CountAsync(p => p.Phone == "+79141234567")));
    }

    [Fact]
    public async Task SigningUpSomeoneNew_WithoutConsent_KeepsNothing()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        await ActivityData.AddActivityAsync(bot, "Лепка из глины", capacity: 2);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Лепка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("➕ Записать по телефону");
        await admin.SendAsync("Пётр Сидоров");
        await admin.SendAsync("8 902 111-22-33");
        await admin.SendAsync("Бильчир");
        await admin.SendAsync("да");
        Assert.Contains(admin.Last, c => c.Text == "Пожалуйста, выберите кнопкой, как дано согласие.");
        await admin.PressAsync("Нет, не записывать");

        Assert.Contains(admin.Last, c => c.Text == "Хорошо. Пётр Сидоров не записан(а), данные не сохранены. Когда человек согласится, запишите его снова.");
        Assert.Contains("свободно мест: 2", admin.LastText);
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<Person>().CountAsync(p => p.Phone == "+79021112233")));
    }

    /// <summary>The actions the journal recorded, in order.</summary>
    internal static Task<List<string>> JournalAsync(BotUnderTest bot) =>
        bot.QueryAsync(db => db.Set<AuditEntry>().OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task Coordinator_SignsUpSomeoneByPhone_SeesTheRoster_MarksAttendance_AndGetsTheCsv()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await ActivityData.AddActivityAsync(bot, "Хор «Рябинушка»", capacity: 1, kind: "rehearsal");
        var participant = await OnboardingTests.WalkToAsync(bot, 882, OnboardingState.Saved);
        await participant.TapAsync("📅 Куда пойти");
        await participant.PressAsync("🎵 Репетиция ансамбля");
        await participant.PressAsync("1. Хор «Рябинушка»");
        await participant.PressAsync("✅ Записаться");
        await participant.PressAsync("Да, записаться");
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Рябинушка", StringComparison.Ordinal)).Text);

        await admin.PressAsync("➕ Записать по телефону");
        await admin.SendAsync("Мария Иванова");
        await admin.SendAsync("не знаю");
        Assert.StartsWith("Не получилось разобрать номер", admin.Last.First(c => c.Method == "sendMessage").Text);
        await admin.SendAsync("8 902 555-66-77");
        await admin.TapAsync("➡️ Пропустить");
        Assert.StartsWith("Мария Иванова согласен(на) на обработку персональных данных?", admin.LastText);
        await admin.PressAsync("✅ Да, устно");
        Assert.Contains("Мест нет: Мария Иванова в листе ожидания, номер 1.", admin.Last.First(c => c.Method == "sendMessage").Text);

        await admin.PressAsync("👥 Список");
        var roster = admin.Last.First(c => c.Method == "sendMessage").Text!;
        Assert.Contains("1. Анна Петрова, +7 914 123-45-67", roster);
        Assert.Contains("Лист ожидания:\n1. Мария Иванова, +7 902 555-66-77 (по телефону)", roster);

        // Before the start nobody can have come: a note, and the card again.
        await admin.PressAsync("✔️ Посещение");
        // «в среду» or «во вторник»: the day is five days from the real today.
        Assert.Matches(@"^Отметить, кто пришёл, можно с начала занятия — во? \w+, \d{1,2} \w+( \d{4})?, в \d\d:\d\d\.$", admin.Last.First(c => c.Method == "sendMessage").Text);
        Assert.Contains(admin.InlineButtons, b => b.Text == "✔️ Посещение");

        // On the day, once it has begun.
        clock.Advance(TimeSpan.FromDays(6));
        await admin.TapAsync("🏠 Меню");
        await admin.TapMenuAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Рябинушка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("✔️ Посещение");
        await admin.PressAsync("⬜ Анна Петрова");
        Assert.Contains(admin.InlineButtons, b => b.Text == "✅ Анна Петрова");
        await admin.PressAsync("✔️ Готово");
        Assert.StartsWith("Итог: пришли 1 из 1.\n\n", admin.LastText);

        await admin.PressAsync("📄 Список для Excel");
        var document = await Api.WaitForAsync(c => c.Method == "sendDocument" && c.ChatId == Admin);
        var file = Assert.Single(document.Single().Files.Values);
        var csv = Encoding.UTF8.GetString(file.Content);
        Assert.StartsWith("\uFEFFИмя;Телефон;Населённый пункт;Статус;Запись;Посещение\r\n", csv);
        Assert.Contains("Анна Петрова;+7 914 123-45-67;Оса;записан(а);;был(а)", csv);
        Assert.Contains("Мария Иванова;+7 902 555-66-77;;ожидает;по телефону;", csv);

        var proxy = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.Phone == "+79025556677"));
        var adminId = await bot.QueryAsync(db => db.Set<Person>().Where(p => p.TelegramUserId == Admin).Select(p => p.Id).SingleAsync());
        Assert.Equal((ConsentWay.Oral, adminId), (proxy.ConsentWay, proxy.ConsentRecordedById));
        Assert.True(proxy.AddedByStaff);
        Assert.Null(proxy.TelegramUserId);
        Assert.Equal([AuditActions.SignUpByPhone, AuditActions.Attendance], (await JournalAsync(bot)).Distinct());
    }

    [Fact]
    public async Task RemovingSomeone_FreesTheSeatForTheFirstWaiting_AndTellsBoth()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var id = await ActivityData.AddActivityAsync(bot, "Лепка из глины", capacity: 1);
        var first = await OnboardingTests.WalkToAsync(bot, 883, OnboardingState.Saved);
        var second = await OnboardingTests.WalkToAsync(bot, 884, OnboardingState.Saved);
        foreach (var (chat, last) in new[] { (first, "Да, записаться"), (second, "Да, в лист ожидания") })
        {
            await chat.TapAsync("📅 Куда пойти");
            await chat.PressAsync("🎨 Мастерская, мастер-класс");
            await chat.PressAsync("1. Лепка из глины");
            await chat.PressAsync(chat.InlineButtons[0].Text);
            await chat.PressAsync(last);
        }

        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Лепка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("➖ Снять с записи");
        await admin.PressAsync("Анна Петрова");
        await admin.PressAsync("Да, снять");

        Assert.Contains("Снят(а) с записи: Анна Петрова.", admin.Last.First(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("Координатор отменил вашу запись:\n🎨 Лепка из глины", first.History.Last(c => c.Method == "sendMessage").Text);
        Assert.StartsWith("Хорошая новость!", second.History.Last(c => c.Method == "sendMessage").Text);
        var signUps = await ActivityData.SignUpsAsync(bot, id);
        Assert.Equal([SignUpState.Cancelled, SignUpState.Confirmed], signUps.Select(s => s.State));
        Assert.Equal([AuditActions.SignUpRemove], await JournalAsync(bot));
    }
}
