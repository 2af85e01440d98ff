using System.Text.Json;
using ClubBot.Telegram;
using ClubBot.Telegram.Types;
using Spectre.Console;

namespace ClubBot.Terminal;

/// <summary>
/// What the person would see on their phone, kept for the terminal: the bot's messages as they arrive, the
/// buttons still under them, and the reply keyboard at the bottom.
/// </summary>
public sealed class TerminalScreen(TerminalIO io)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, IReadOnlyList<InlineKeyboardButton>> _inline = [];
    private IReadOnlyList<KeyboardButton> _keyboard = [];
    private long _lastMessageId;

    /// <summary>A button the person can press now, numbered as shown.</summary>
    public sealed record Choice(int Number, string Label, long? MessageId, InlineKeyboardButton? Inline, KeyboardButton? Reply);

    public long ShowMessage(JsonElement parameters)
    {
        var text = parameters.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        lock (_gate)
        {
            var id = ++_lastMessageId;
            io.Output.Write(new Panel(Markup.Escape(text)).Header("🤖").RoundedBorder().Expand());
            if (parameters.TryGetProperty("reply_markup", out var markup) && markup.ValueKind == JsonValueKind.Object)
                ApplyMarkup(id, markup);
            return id;
        }
    }

    public void ReplaceButtons(JsonElement parameters)
    {
        var id = parameters.GetProperty("message_id").GetInt64();
        lock (_gate)
        {
            if (parameters.TryGetProperty("reply_markup", out var markup) && markup.ValueKind == JsonValueKind.Object)
                ApplyMarkup(id, markup);
            else
                _inline.Remove(id);
        }
    }

    public void ShowNotice(string text)
    {
        lock (_gate)
            io.Output.MarkupLine($"[grey]({Markup.Escape(text)})[/]");
    }

    public void ShowDocument(string fileName, string? caption)
    {
        lock (_gate)
            io.Output.MarkupLine($"📎 [bold]{Markup.Escape(fileName)}[/] {Markup.Escape(caption ?? "")}");
    }

    /// <summary>Buttons under the newest message, if it has any, then the reply keyboard. Older messages' buttons stay
    /// pressable in Telegram, but listing them here would only push the menu's numbers down.</summary>
    public IReadOnlyList<Choice> Choices()
    {
        lock (_gate)
        {
            var choices = new List<Choice>();
            if (_inline.TryGetValue(_lastMessageId, out var newest))
            {
                foreach (var button in newest)
                    choices.Add(new Choice(choices.Count + 1, button.Text, _lastMessageId, button, null));
            }
            foreach (var button in _keyboard)
                choices.Add(new Choice(choices.Count + 1, button.Text, null, null, button));
            return choices;
        }
    }

    public void ShowChoices(IReadOnlyList<Choice> choices)
    {
        lock (_gate)
        {
            foreach (var c in choices)
                io.Output.MarkupLine($"  [bold]{c.Number}[/]) {Markup.Escape(c.Label)}");
            io.Output.Markup("[grey]Номер кнопки или текст (пусто — выход):[/] ");
        }
    }

    private void ApplyMarkup(long messageId, JsonElement markup)
    {
        // Markup has no type tag on the wire; its one property says which kind it is.
        if (markup.TryGetProperty("inline_keyboard", out _))
            _inline[messageId] = markup.Deserialize<InlineKeyboardMarkup>(TelegramJson.Options)!.InlineKeyboard.SelectMany(r => r).ToList();
        else if (markup.TryGetProperty("keyboard", out _))
            _keyboard = markup.Deserialize<ReplyKeyboardMarkup>(TelegramJson.Options)!.Keyboard.SelectMany(r => r).ToList();
        else if (markup.TryGetProperty("remove_keyboard", out _))
            _keyboard = [];
    }
}
