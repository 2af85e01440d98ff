using System.Globalization;
using ClubBot.Conversations;
using ClubBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Conversations;

/// <summary>The main menu as each kind of person sees it, page by page, from the host's own entries.</summary>
public sealed class MainMenuLayoutTests : FakeBotApiTest
{
    private static readonly Audience Participant = new(IsRegistered: true, IsStaff: false);

    public static TheoryData<string, Audience> Audiences => new()
    {
        { "guest", new Audience(IsRegistered: false, IsStaff: false) },
        { "participant", Participant },
        { "volunteer", new Audience(IsRegistered: true, IsStaff: false, IsVolunteer: true) },
        { "coordinator", new Audience(IsRegistered: true, IsStaff: true) },
        { "admin, not registered", new Audience(IsRegistered: false, IsStaff: true, IsAdmin: true) },
        { "admin, registered volunteer", new Audience(IsRegistered: true, IsStaff: true, IsVolunteer: true, IsAdmin: true) },
    };

    [Fact]
    public async Task ParticipantsFirstPage_HoldsWhatTheyUseMost_WithTheCentresPhoneAndTheQuestion()
    {
        var pages = await PagesAsync(Participant);

        Assert.Equal(2, pages.Count);
        Assert.Equal(
            ["📅 Куда пойти", "🗓 Мои записи", "🛠 Помощь по дому", "🚐 Поездка в город", "📋 Мои заявки", "❓ Вопрос координатору", "☎️ Телефон центра", "Ещё ▶️"],
            pages[0]);
        Assert.Contains("🔒 Мои данные", pages[1]);
    }

    [Fact]
    public async Task AnAdministratorsMenu_FillsTwoPages_WithNoPageForOneEntry()
    {
        var pages = await PagesAsync(new Audience(IsRegistered: false, IsStaff: true, IsAdmin: true));

        Assert.Equal(2, pages.Count);
        Assert.Equal(Keyboards.MaxButtons, pages[1].Count);
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public async Task NoTwoEntriesAPersonSees_ShareAnEmoji_NorWithTheWayBack(string who, Audience audience)
    {
        var labels = (await PagesAsync(audience)).SelectMany(p => p).Where(l => l is not "Ещё ▶️" and not "◀️ Главное")
            .Concat(["⬅️ Назад", "✖️ Прервать", "🏠 Меню"]).ToList();

        var shared = labels.GroupBy(l => StringInfo.GetNextTextElement(l)).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(shared.Count == 0, $"{who}: {string.Join("; ", shared)}");
        Assert.All(await PagesAsync(audience), page => Assert.InRange(page.Count, 1, Keyboards.MaxButtons));
    }

    private async Task<List<List<string>>> PagesAsync(Audience audience)
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        var menu = bot.App.Services.GetRequiredService<MainMenu>();
        var pages = new List<List<string>>();
        for (var page = 0; page < 6; page++)
        {
            var labels = menu.Keyboard(audience, page).Keyboard.SelectMany(r => r).Select(b => b.Text).ToList();
            if (pages.Count > 0 && labels.SequenceEqual(pages[^1]))
                break;
            pages.Add(labels);
            if (!labels.Contains("Ещё ▶️"))
                break;
        }

        return pages;
    }
}
