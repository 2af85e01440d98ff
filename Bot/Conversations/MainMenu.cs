using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Conversations;

/// <summary>
/// The large reply keyboard a person returns to: the entries of every feature meant for them, two to a row.
/// More than eight are paged: seven and «Ещё ▶️», then the rest and «◀️ Главное».
/// </summary>
public sealed class MainMenu(IEnumerable<IMenuEntry> entries, BotTexts texts, Keyboards keyboards)
{
    public const string KeyboardName = "menu";

    private const int PerPage = Keyboards.MaxButtons - 1;

    private readonly IReadOnlyList<IMenuEntry> _entries = entries.OrderBy(e => e.Order).ToList();

    public IReadOnlyList<IMenuEntry> For(Audience audience) => _entries.Where(e => e.IsFor(audience)).ToList();

    public ReplyKeyboardMarkup Keyboard(Audience audience, int page = 0)
    {
        var mine = For(audience);
        var labels = mine.Select(e => texts[e.LabelKey]).ToList();
        if (labels.Count > Keyboards.MaxButtons)
        {
            var pages = (labels.Count + PerPage - 1) / PerPage;
            page = Math.Clamp(page, 0, pages - 1);
            labels = labels.Skip(page * PerPage).Take(PerPage).ToList();
            labels.Add(texts[page < pages - 1 ? "ButtonMoreMenu" : "ButtonMainMenuPage"]);
        }

        return new ReplyKeyboardMarkup(labels.Select(l => new KeyboardButton(l)).Chunk(2))
        {
            IsPersistent = true,
            ResizeKeyboard = true,
        };
    }

    public Task ShowAsync(FlowContext context, string? text = null, int page = 0)
    {
        context.Screen.Say(text ?? texts["MenuPrompt"], Keyboard(context.Audience, page), page == 0 ? KeyboardName : $"{KeyboardName}{page}");
        return Task.CompletedTask;
    }

    /// <summary>The entry of this person's menu whose label <paramref name="text"/> is.</summary>
    public IMenuEntry? EntryFor(Audience audience, string? text) => For(audience).FirstOrDefault(e => keyboards.Is(text, e.LabelKey));

    /// <summary>Opens the entry whose label <paramref name="text"/> is (or turns the menu's page); false when it is none of this person's.</summary>
    public async Task<bool> TryOpenAsync(FlowContext context, string? text)
    {
        if (keyboards.Is(text, "ButtonMoreMenu") || keyboards.Is(text, "ButtonMainMenuPage"))
        {
            var current = context.Session.Keyboard is { Length: > 4 } name && int.TryParse(name[KeyboardName.Length..], out var shown) ? shown : 0;
            await ShowAsync(context, texts["MenuPrompt"], keyboards.Is(text, "ButtonMoreMenu") ? current + 1 : 0);
            return true;
        }

        var entry = EntryFor(context.Audience, text);
        if (entry is null)
            return false;
        await entry.OpenAsync(context);
        return true;
    }
}
