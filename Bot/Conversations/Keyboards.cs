using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Conversations;

/// <summary>The buttons every flow shares, and the rule that no screen shows more than eight.</summary>
public sealed class Keyboards(BotTexts texts)
{
    public const int MaxButtons = 8;

    /// <summary>The reply keyboard under every step: back, cancel, menu.</summary>
    public ReplyKeyboardMarkup Navigation(KeyboardButton? first = null)
    {
        var rows = new List<KeyboardButton[]>();
        if (first is not null)
            rows.Add([first]);
        rows.Add([new KeyboardButton(texts["ButtonBack"]), new KeyboardButton(texts["ButtonCancel"])]);
        rows.Add([new KeyboardButton(texts["ButtonMenu"])]);
        return new ReplyKeyboardMarkup(rows) { IsPersistent = true, ResizeKeyboard = true };
    }

    /// <summary>
    /// Choices under a message, one per row, paged so that items, the fixed buttons and the page arrows
    /// together stay within <see cref="MaxButtons"/>.
    /// </summary>
    public InlineKeyboardMarkup Paged(IReadOnlyList<InlineKeyboardButton> items, int page, Func<int, string> pageData, IReadOnlyList<InlineKeyboardButton>? fixedButtons = null)
    {
        fixedButtons ??= [];
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        if (items.Count + fixedButtons.Count <= MaxButtons)
        {
            rows.AddRange(items.Select(i => (IReadOnlyList<InlineKeyboardButton>)[i]));
        }
        else
        {
            var size = PageSize(fixedButtons.Count);
            var pages = (items.Count + size - 1) / size;
            page = Math.Clamp(page, 0, pages - 1);
            rows.AddRange(items.Skip(page * size).Take(size).Select(i => (IReadOnlyList<InlineKeyboardButton>)[i]));
            var arrows = new List<InlineKeyboardButton>();
            if (page > 0)
                arrows.Add(new InlineKeyboardButton(texts["ButtonPrevious"], pageData(page - 1)));
            if (page < pages - 1)
                arrows.Add(new InlineKeyboardButton(texts["ButtonNext"], pageData(page + 1)));
            rows.Add(arrows);
        }

        rows.AddRange(fixedButtons.Select(b => (IReadOnlyList<InlineKeyboardButton>)[b]));
        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>Items on one page when the list must be paged.</summary>
    public static int PageSize(int fixedButtons) => MaxButtons - fixedButtons - 2;

    /// <summary>Whether <paramref name="text"/> is the button <paramref name="key"/>, pressed or typed (with or without its emoji).</summary>
    public bool Is(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var label = texts[key];
        var space = label.IndexOf(' ');
        var words = space > 0 && !char.IsLetter(label[0]) ? label[(space + 1)..] : label;
        return string.Equals(text.Trim(), label, StringComparison.OrdinalIgnoreCase) || string.Equals(text.Trim(), words, StringComparison.OrdinalIgnoreCase);
    }
}
