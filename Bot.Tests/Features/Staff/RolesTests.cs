using ClubBot.Audit;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Activities;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Staff;

/// <summary>«👔 Сотрудники» and «🧾 Журнал» (C6): an administrator gives and takes the coordinator's role; staff changes are journalled.</summary>
public sealed class RolesTests : FakeBotApiTest
{
    private const long Admin = 970;
    private static readonly Dictionary<string, string?> Settings = new(OnboardingTests.Fast) { ["Club:Admins:0"] = "970" };

    [Fact]
    public async Task Admin_MakesAParticipantACoordinator_ByName_ThenTakesTheRoleAway()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var anna = await OnboardingTests.WalkToAsync(bot, 971, OnboardingState.Saved);
        Assert.DoesNotContain("🗂 Занятия", anna.ReplyButtons);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await admin.TapMenuAsync("👔 Сотрудники");
        Assert.StartsWith("Координаторов пока нет.", admin.LastText);
        await admin.SendAsync("петрова");
        await admin.PressAsync("Анна Петрова · Оса");
        Assert.EndsWith("Роль: нет", admin.LastText);
        await admin.PressAsync("⭐ Сделать координатором");
        Assert.StartsWith("Сделать координатором: Анна Петрова?", admin.LastText);
        await admin.PressAsync("Нет, оставить как есть");
        Assert.EndsWith("Роль: нет", admin.LastText);
        await admin.PressAsync("⭐ Сделать координатором");
        await admin.PressAsync("⭐ Да, сделать");

        Assert.Contains(admin.Last, c => c.Text == "Готово: Анна Петрова теперь координатор.");
        Assert.EndsWith("Роль: координатор", admin.LastText);
        var granted = (await Api.WaitForAsync(c => c.ChatId == 971 && c.Text is { } t && t.StartsWith("Вам дали", StringComparison.Ordinal))).Single();
        Assert.Contains("🗂 Занятия", granted.ReplyKeyboard.SelectMany(r => r));
        await anna.TapMenuAsync("🗂 Занятия");
        Assert.Contains("Занятия", anna.LastText);
        var oldButton = anna.InlineButtons.First().Data!;

        await admin.PressAsync("✖️ Снять роль");
        Assert.Equal("Снять роль координатора? Анна Петрова больше не увидит разделы для сотрудников.", admin.LastText);
        await admin.PressAsync("✖️ Да, снять");
        Assert.EndsWith("Роль: нет", admin.LastText);
        var revoked = (await Api.WaitForAsync(c => c.ChatId == 971 && c.Text?.Contains("Новые кнопки появятся в меню", StringComparison.Ordinal) == true)).Single();
        Assert.False(revoked.HasReplyKeyboard, "in the middle of a flow the step keeps its buttons");
        await anna.PushAsync(Updates.Callback(971, oldButton));
        Assert.DoesNotContain("🗂 Занятия", anna.ReplyButtons);
        Assert.Equal(StaffRole.None, await bot.QueryAsync(db => db.Set<Person>().Where(p => p.TelegramUserId == 971).Select(p => p.Role).SingleAsync()));
        var journal = await bot.QueryAsync(db => db.Set<AuditEntry>().OrderBy(e => e.Id).Select(e => new { e.Action, e.Subject, e.Before, e.After }).ToListAsync());
        Assert.Equal(
            [new { Action = AuditActions.RoleGrant, Subject = "Анна Петрова", Before = (string?)"нет", After = (string?)"координатор" },
             new { Action = AuditActions.RoleRevoke, Subject = "Анна Петрова", Before = (string?)"координатор", After = (string?)"нет" }],
            journal);
    }

    [Fact]
    public async Task AnAdministratorsRole_CannotBeChanged_AndACoordinatorCannotGiveRoles()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var boris = await OnboardingTests.WalkToAsync(bot, 972, OnboardingState.Saved);
        await bot.QueryAsync(async db =>
        {
            var people = await db.Set<Person>().ToListAsync();
            people.Single(p => p.TelegramUserId == Admin).Name = "Ольга Админова";
            people.Single(p => p.TelegramUserId == Admin).RegisteredAt = DateTime.UtcNow;
            people.Single(p => p.TelegramUserId == 972).Role = StaffRole.Coordinator;
            return await db.SaveChangesAsync();
        });
        var adminId = await bot.QueryAsync(db => db.Set<Person>().Where(p => p.TelegramUserId == Admin).Select(p => p.Id).SingleAsync());

        await admin.TapMenuAsync("👔 Сотрудники");
        await admin.SendAsync("Админова");
        await admin.PressAsync(admin.InlineButtons.Single().Text);
        Assert.Contains("администратор (из настроек", admin.LastText);
        Assert.DoesNotContain(admin.InlineButtons, b => b.Text.Contains("Снять", StringComparison.Ordinal) || b.Text.Contains("Сделать", StringComparison.Ordinal));

        await boris.SendAsync("/start");
        Assert.DoesNotContain("👔 Сотрудники", boris.ReplyButtons);
        await boris.PushAsync(Updates.Callback(972, $"sm:Search:open:{adminId}"));
        await boris.PushAsync(Updates.Callback(972, "sm:Card:revoke"));
        await boris.PushAsync(Updates.Callback(972, "sm:Confirm:yes"));
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task TheJournal_ShowsWhoChangedWhat_AndFiltersByPerson()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        await ActivityData.AddActivityAsync(bot, "Хор «Рябинушка»", capacity: 5);
        var anna = await OnboardingTests.WalkToAsync(bot, 973, OnboardingState.Saved);
        await bot.QueryAsync(async db =>
        {
            (await db.Set<Person>().SingleAsync(p => p.TelegramUserId == 973)).Role = StaffRole.Coordinator;
            return await db.SaveChangesAsync();
        });
        await anna.SendAsync("/start");
        await anna.TapAsync("🗂 Занятия");
        await anna.PressAsync(anna.InlineButtons.First(b => b.Text.Contains("Рябинушка", StringComparison.Ordinal)).Text);
        await anna.PressAsync("❌ Отменить занятие");
        await anna.TapAsync("Без причины");
        await anna.PressAsync("Да, отменить занятие");

        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("🧾 Журнал");
        Assert.Contains("Анна Петрова\nОтменил(а) занятие: ", admin.LastText);
        Assert.Contains("было: запланировано → стало: отменено", admin.LastText);
        await admin.SendAsync("Сидоров");
        Assert.Contains("Записей нет.", admin.LastText);
        await admin.PressAsync("Показать всех");
        Assert.Contains("Отменил(а) занятие", admin.LastText);
    }
}
