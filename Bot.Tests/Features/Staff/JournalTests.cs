using System.Text.RegularExpressions;
using ClubBot.Audit;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Activities;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Features.Staff;

/// <summary>«🧾 Журнал»: every staff action writes an entry, in Russian words, phones as people read them, ten a page.</summary>
public sealed class JournalTests : FakeBotApiTest
{
    private const long Admin = 990;

    private static Dictionary<string, string?> Settings => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "990" };

    [Fact]
    public void EveryStaffAction_IsRecordedSomewhere_AndHasItsWords()
    {
        var codes = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), AuditActions.All.Order(StringComparer.Ordinal));
        var names = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => f.Name).ToList();
        var source = string.Join('\n', Directory.EnumerateFiles(Path.Combine(BotProcess.RepositoryRoot, "Bot", "Features"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var texts = new ClubBot.Texts.BotTexts(Microsoft.Extensions.Options.Options.Create(new ClubBot.Club.ClubOptions()));
        foreach (var (name, code) in names.Zip(codes))
        {
            Assert.Matches(@"\.Record\([^;]*AuditActions\." + name + @"\b", source);
            Assert.False(string.IsNullOrWhiteSpace(texts[$"Audit.{code}"]));
        }
    }

    [Fact]
    public async Task TheCoordinatorsDay_IsJournalled_InWords_WithPhonesAsPeopleReadThem()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var participant = await OnboardingTests.WalkToAsync(bot, 991, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await participant.TapAsync("🚐 Поездка в город");
        await participant.PressStartingAsync("Завтра, ");
        await participant.TapAsync("📍 Оса");
        await participant.PressAsync("Поликлиника");
        await participant.SendAsync("Приём у кардиолога");
        await participant.PressAsync("Нет, справлюсь сам(а)");
        await participant.PressAsync("✅ Отправить заявку");
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.StartsWith("🆕 Новая заявка", StringComparison.Ordinal) == true);
        await admin.PressAsync("Открыть");
        await admin.PressAsync("🚐 Время подачи");
        await admin.SendAsync("9:30");
        await admin.PressAsync("🏢 Взять центру");

        await ActivityData.AddActivityAsync(bot, "Лепка из глины", capacity: 3);
        await admin.TapAsync("🏠 Меню");
        await admin.TapMenuAsync("🗂 Занятия");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.Contains("Лепка", StringComparison.Ordinal)).Text);
        await admin.PressAsync("➕ Записать по телефону");
        await admin.SendAsync("Мария Иванова");
        await admin.SendAsync("8 902 555-66-77");
        await admin.TapAsync("➡️ Пропустить");
        await admin.PressAsync("✅ Да, письменно");
        await admin.PressAsync("➖ Снять с записи");
        await admin.PressAsync("Мария Иванова");
        await admin.PressAsync(admin.InlineButtons.First(b => b.Text.StartsWith("Да", StringComparison.Ordinal)).Text);

        await participant.TapMenuAsync("🔒 Мои данные");
        await participant.PressAsync("🗑 Удалить мои данные");
        await participant.PressAsync("Да, удалить");

        Assert.Equal([AuditActions.RidePickup, AuditActions.RequestStatus, AuditActions.SignUpByPhone, AuditActions.SignUpRemove, AuditActions.DataErased],
            await CoordinatorTests.JournalAsync(bot));
        await admin.TapAsync("🏠 Меню");
        await admin.TapMenuAsync("🧾 Журнал");
        var journal = admin.LastText;
        Assert.True(journal.Contains("Назначил(а) время подачи машины: заявка № 1 (Поездка: Поликлиника)\nбыло: 🆕 Новая → стало: машина ", StringComparison.Ordinal), journal);
        // The administrator acted, and stays named so after the participant's erasure.
        Assert.DoesNotContain(" · участник № 2\nНазначил(а)", journal);
        Assert.Matches(@"стало: машина .* в 09:30, 👤 Назначена", journal);
        Assert.Contains("Изменил(а) статус заявки: заявка № 1 (Поездка: Поликлиника)\nбыло: 👤 Назначена → стало: 👤 Назначена, выполняет центр", journal);
        Assert.Contains("стало: +7 902 555-66-77 · записан(а)", journal);
        Assert.Contains("было: записан(а) → стало: запись отменена", journal);
        Assert.Contains("стало: участник удалил свои данные", journal);
        // Nothing in English: a word of Latin letters would be an enum's name.
        Assert.DoesNotMatch(@"\b(?!Telegram\b)[A-Za-z]{3,}\b", Regex.Replace(journal, @"№ \d+", ""));
    }

    [Fact]
    public async Task TheJournal_ShowsTenEntriesAPage_NewestFirst_WithArrows()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var start = DateTime.UtcNow.AddHours(-1);
        await bot.QueryAsync(db =>
        {
            for (var i = 1; i <= 23; i++)
                db.Add(new AuditEntry { At = start.AddMinutes(i), Actor = "Ольга", Action = AuditActions.Broadcast, Subject = $"Рассылка {i}" });
            return db.SaveChangesAsync();
        });
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await admin.TapMenuAsync("🧾 Журнал");
        Assert.Contains("всего 23\nСтраница 1 из 3", admin.LastText);
        Assert.Equal(Enumerable.Range(14, 10).Reverse().Select(i => $"Рассылка {i}"), Regex.Matches(admin.LastText, @"Рассылка \d+").Select(m => m.Value));
        Assert.Equal(["Раньше ▶️"], admin.InlineButtons.Select(b => b.Text));
        await admin.PressAsync("Раньше ▶️");
        await admin.PressAsync("Раньше ▶️");
        Assert.Contains("Страница 3 из 3", admin.LastText);
        Assert.Equal(Enumerable.Range(1, 3).Reverse().Select(i => $"Рассылка {i}"), Regex.Matches(admin.LastText, @"Рассылка \d+").Select(m => m.Value));
        Assert.Equal(["◀️ Новее"], admin.InlineButtons.Select(b => b.Text));
    }
}
