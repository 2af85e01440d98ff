using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Tests.Conversations;

public sealed class KeyboardsTests
{
    private readonly Keyboards _keyboards = new(new BotTexts(Options.Create(new ClubOptions())));

    [Theory]
    [InlineData(3, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 0)]
    [InlineData(9, 1)]
    [InlineData(30, 1)]
    [InlineData(30, 2)]
    public void Paged_NeverShowsMoreThanEightButtons_AndEveryItemIsOnSomePage(int items, int fixedButtons)
    {
        var list = Enumerable.Range(0, items).Select(i => new InlineKeyboardButton($"item {i}", $"i:{i}")).ToList();
        var extra = Enumerable.Range(0, fixedButtons).Select(i => new InlineKeyboardButton($"fixed {i}", $"f:{i}")).ToList();
        var seen = new HashSet<string>();

        for (var page = 0; page < items; page++)
        {
            var buttons = _keyboards.Paged(list, page, p => $"page:{p}", extra).InlineKeyboard.SelectMany(r => r).ToList();
            Assert.True(buttons.Count <= Keyboards.MaxButtons, $"{buttons.Count} buttons on page {page}");
            Assert.Equal(extra.Select(b => b.Text), buttons.Where(b => b.Text.StartsWith("fixed", StringComparison.Ordinal)).Select(b => b.Text));
            seen.UnionWith(buttons.Where(b => b.Text.StartsWith("item", StringComparison.Ordinal)).Select(b => b.Text));
        }

        Assert.Equal(items, seen.Count);
    }

    [Fact]
    public void Paged_ShowsOnlyTheArrowsThatLeadSomewhere()
    {
        var list = Enumerable.Range(0, 12).Select(i => new InlineKeyboardButton($"item {i}", $"i:{i}")).ToList();

        var first = _keyboards.Paged(list, 0, p => $"page:{p}").InlineKeyboard.SelectMany(r => r).Select(b => b.Text).ToList();
        var last = _keyboards.Paged(list, 5, p => $"page:{p}").InlineKeyboard.SelectMany(r => r).Select(b => b.Text).ToList();

        Assert.Contains("Дальше ▶️", first);
        Assert.DoesNotContain("◀️ Раньше", first);
        Assert.Contains("◀️ Раньше", last);
        Assert.DoesNotContain("Дальше ▶️", last);
    }

    [Theory]
    [InlineData("⬅️ Назад", true)]
    [InlineData("назад", true)]
    [InlineData(" Назад ", true)]
    [InlineData("Назад!", false)]
    [InlineData("", false)]
    public void Is_RecognisesAButtonPressedOrTyped(string text, bool expected) =>
        Assert.Equal(expected, _keyboards.Is(text, "ButtonBack"));
}
