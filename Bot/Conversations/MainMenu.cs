using ClubBot.Telegram.Types;
using ClubBot.Texts;

namespace ClubBot.Conversations;

/// <summary>The large reply keyboard a person returns to: the entries of every feature meant for them, two to a row.</summary>
public sealed class MainMenu(IEnumerable<IMenuEntry> entries, BotTexts texts, Keyboards keyboards)
{
    public const string KeyboardName = "menu";

    private readonly IReadOnlyList<IMenuEntry> _entries = entries.OrderBy(e => e.Order).ToList();

    public IReadOnlyList<IMenuEntry> For(Audience audience) => _entries.Where(e => e.IsFor(audience)).ToList();

    public ReplyKeyboardMarkup Keyboard(Audience audience) => new(
        For(audience).Select(e => new KeyboardButton(texts[e.LabelKey])).Chunk(2).Select(r => (IReadOnlyList<KeyboardButton>)r).ToList(),
        IsPersistent: true,
        ResizeKeyboard: true);

    public Task ShowAsync(FlowContext context, string? text = null)
    {
        context.Say(text ?? texts["MenuPrompt"], Keyboard(context.Audience), KeyboardName);
        return Task.CompletedTask;
    }

    /// <summary>Opens the entry whose label <paramref name="text"/> is; false when it is none of this person's.</summary>
    public async Task<bool> TryOpenAsync(FlowContext context, string? text)
    {
        var entry = For(context.Audience).FirstOrDefault(e => keyboards.Is(text, e.LabelKey));
        if (entry is null)
            return false;
        await entry.OpenAsync(context);
        return true;
    }
}
