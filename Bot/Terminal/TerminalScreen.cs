using System.Globalization;
using System.Text.Json;
using ClubBot.Texts;
using ClubBot.Transport;
using Spectre.Console;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Terminal;

/// <summary>
/// What the person would see on their phone, kept for the terminal: the bot's messages as they arrive, the
/// buttons still under them, and the reply keyboard at the bottom.
/// </summary>
public sealed class TerminalScreen(TerminalIO io, BotTexts texts)
{
    // Cyrillic first (the trainer's keyboard is usually Russian); the Latin letter in the same place works too.
    private const string Letters = "абвгдежзиклмнопрстуф";
    private const string LatinLetters = "abcdefghijklmnopqrst";

    private readonly Lock _gate = new();
    private readonly Dictionary<long, IReadOnlyList<InlineKeyboardButton>> _inline = [];
    private IReadOnlyList<KeyboardButton> _keyboard = [];
    private readonly SortedSet<long> _thisAnswer = [];
    private long _lastMessageId;

    /// <summary>A button the person can press now, with the key shown beside it (a number, or a letter where numbers are answers).</summary>
    public sealed record Choice(string Key, string Label, long? MessageId, InlineKeyboardButton? Inline, KeyboardButton? Reply)
    {
        public bool IsChosenBy(string line)
        {
            var typed = line.Trim().ToLowerInvariant();
            if (typed == Key)
                return true;
            var latin = LatinLetters.IndexOf(typed.Length == 1 ? typed[0] : '\0');
            return latin >= 0 && Letters[latin].ToString() == Key;
        }
    }

    public long ShowMessage(JsonElement parameters)
    {
        var text = parameters.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        lock (_gate)
        {
            var id = ++_lastMessageId;
            _thisAnswer.Add(id);
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
            // A page turned on an older message brings its buttons back into this answer.
            _thisAnswer.Add(id);
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

    /// <summary>A file the bot sent, with where it was saved (<paramref name="path"/>, null when it was not).</summary>
    public void ShowDocument(string fileName, string? caption, string? path)
    {
        lock (_gate)
        {
            io.Output.MarkupLine($"📎 [bold]{Markup.Escape(fileName)}[/] {Markup.Escape(caption ?? "")}");
            if (path is not null)
                io.Output.MarkupLine($"   [grey]{Markup.Escape(texts.Format("TerminalFileSaved", path))}[/]");
        }
    }

    /// <summary>The person answers: the buttons offered next are those of the bot's reply to it.</summary>
    public void StartAnswer()
    {
        lock (_gate)
            _thisAnswer.Clear();
    }

    /// <summary>
    /// Buttons under the messages of the bot's last answer (a list of questions has one under each), then the
    /// reply keyboard. Older messages' buttons stay pressable in Telegram, but listing them here would only push
    /// the menu's numbers down. A step that waits for typing (no buttons under its messages, «Назад» below) may
    /// want a number — seats, hours — so there the buttons get letters and a typed number is the answer.
    /// </summary>
    public IReadOnlyList<Choice> Choices()
    {
        lock (_gate)
        {
            var buttons = new List<(string Label, long? MessageId, InlineKeyboardButton? Inline, KeyboardButton? Reply)>();
            foreach (var id in _thisAnswer)
                if (_inline.TryGetValue(id, out var under))
                    buttons.AddRange(under.Select(b => (b.Text, (long?)id, (InlineKeyboardButton?)b, (KeyboardButton?)null)));
            var typing = buttons.Count == 0 && _keyboard.Any(b => b.Text == texts["ButtonBack"]);
            buttons.AddRange(_keyboard.Select(b => (b.Text, (long?)null, (InlineKeyboardButton?)null, (KeyboardButton?)b)));
            return buttons.Select((b, i) => new Choice(typing && i < Letters.Length ? Letters[i].ToString() : (i + 1).ToString(CultureInfo.InvariantCulture),
                b.Label, b.MessageId, b.Inline, b.Reply)).ToList();
        }
    }

    public void ShowChoices(IReadOnlyList<Choice> choices)
    {
        lock (_gate)
        {
            foreach (var c in choices)
                io.Output.MarkupLine($"  [bold]{c.Key}[/]) {Markup.Escape(c.Label)}");
            var lettered = choices.Count > 0 && !char.IsDigit(choices[0].Key[0]);
            io.Output.Markup($"[grey]{Markup.Escape(texts[lettered ? "TerminalPromptLetters" : "TerminalPromptNumbers"])}[/] ");
        }
    }

    private void ApplyMarkup(long messageId, JsonElement markup)
    {
        // Markup has no type tag on the wire; its one property says which kind it is.
        if (markup.TryGetProperty("inline_keyboard", out _))
            _inline[messageId] = markup.Deserialize<InlineKeyboardMarkup>(BotJson.Write)!.InlineKeyboard.SelectMany(r => r).ToList();
        else if (markup.TryGetProperty("keyboard", out _))
            _keyboard = markup.Deserialize<ReplyKeyboardMarkup>(BotJson.Write)!.Keyboard.SelectMany(r => r).ToList();
        else if (markup.TryGetProperty("remove_keyboard", out _))
            _keyboard = [];
    }
}
