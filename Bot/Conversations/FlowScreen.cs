using ClubBot.Pipeline;
using ClubBot.Texts;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Conversations;

/// <summary>
/// What the person sees of one update: messages, the reply keyboard they have (remembered in the session, so a
/// step changes it only when it must), and the buttons under the message they pressed.
/// </summary>
public sealed class FlowScreen(UpdateContext update, ConversationSession session, BotTexts texts, Keyboards keyboards)
{
    public const string NavigationKeyboard = "nav";

    private string? _preface;

    // Something was said in this update already (a refusal, a hint): an answer was not simply taken.
    private bool _spoke;

    // A trigger fired from an entry action is a second transition in one update; one edit is enough.
    private bool _pressedButtonsRemoved;

    /// <summary>Text put before the next message, so that a greeting and the first question arrive as one.</summary>
    public void Preface(string text) => _preface = _preface is null ? text : _preface + "\n\n" + text;

    /// <summary>Sends a message; a reply keyboard is remembered under <paramref name="keyboardName"/>.</summary>
    public void Say(string text, ReplyMarkup? markup = null, string? keyboardName = null)
    {
        Send(text, markup);
        if (markup is ReplyKeyboardMarkup)
            session.Keyboard = keyboardName;
    }

    /// <summary>A step with choices under its message; the navigation keyboard is put in place first if it is not there.</summary>
    public void Ask(string text, InlineKeyboardMarkup choices)
    {
        if (session.Keyboard != NavigationKeyboard)
        {
            // The reply keyboard needs a message of its own (a message carries one keyboard), and it must say something.
            var opening = _preface ?? Opening();
            _preface = null;
            Say(opening, keyboards.Navigation(), NavigationKeyboard);
        }

        Send(text, choices);
    }

    /// <summary>
    /// The words that bring the navigation keyboard: the answer just typed, as it was taken (after a step with a
    /// button of its own, such as «📱 Отправить номер»), or the section just opened and where the way back is.
    /// </summary>
    private string Opening()
    {
        var message = update.Update.Message;
        var fromMenu = session.Keyboard?.StartsWith(MainMenu.KeyboardName, StringComparison.Ordinal) == true;
        // Only an answer the step took is repeated: not after a refusal was said, nor for «Назад» or a command.
        if (_spoke || message is null || message.Text is { } said && (said.StartsWith('/') || IsNavigation(said)))
            return texts["WayBackBelow"];
        if (message.Contact is { } contact)
            return texts.Format("AnswerNoted", People.PhoneText.Show(contact.PhoneNumber) ?? contact.PhoneNumber);
        if (message.Text is { Length: > 0 } label && fromMenu)
            return texts.Format("SectionOpened", label);
        if (message.Text is { Length: > 0 } typed)
            return texts.Format("AnswerNoted", typed.Length > 60 ? typed[..57].TrimEnd() + "…" : typed);
        return texts["WayBackBelow"];
    }

    /// <summary>A step answered by typing; <paramref name="special"/> (e.g. «share contact») goes above the navigation.</summary>
    public void AskText(string text, KeyboardButton? special = null) =>
        Say(text, keyboards.Navigation(special), special is null ? NavigationKeyboard : NavigationKeyboard + "+extra");

    /// <summary>Takes the buttons off the message whose button was pressed, so it cannot be pressed again.</summary>
    public void RemovePressedButtons()
    {
        if (_pressedButtonsRemoved || update.Update.CallbackQuery?.Message is not { } m)
            return;
        _pressedButtonsRemoved = true;
        update.Outbox.Call(update.ChatId, new EditMessageReplyMarkupRequest { ChatId = update.ChatId, MessageId = m.Id });
    }

    /// <summary>Replaces the buttons of the message whose button was pressed (a toggle, a page turn).</summary>
    public void ReplacePressedButtons(InlineKeyboardMarkup markup)
    {
        if (update.Update.CallbackQuery?.Message is { } m)
            update.Outbox.Call(update.ChatId, new EditMessageReplyMarkupRequest { ChatId = update.ChatId, MessageId = m.Id, ReplyMarkup = markup });
    }

    private bool IsNavigation(string text) =>
        keyboards.Is(text, "ButtonBack") || keyboards.Is(text, "ButtonCancel") || keyboards.Is(text, "ButtonMenu");

    private void Send(string text, ReplyMarkup? markup)
    {
        _spoke = true;
        update.Reply(_preface is null ? text : _preface + "\n\n" + text, markup);
        _preface = null;
    }
}
