using System.Text.Json;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Telegram.Types;
using ClubBot.Texts;

namespace ClubBot.Conversations;

/// <summary>What a flow works with while handling one update: the session, the person, and ways to answer.</summary>
public sealed class FlowContext(UpdateContext update, ConversationSession session, bool isAdmin, BotTexts texts, Keyboards keyboards, MainMenu menu, IAsideOffer? aside = null)
{
    public const string NavigationKeyboard = "nav";

    public UpdateContext Update { get; } = update;

    public ConversationSession Session { get; } = session;

    /// <summary>Read afresh each time: registering, deleting one's data or a role given or taken changes the menu at once.</summary>
    public Audience Audience => Audience.Of(Person, isAdmin);

    public BotTexts Texts { get; } = texts;

    public Keyboards Keyboards { get; } = keyboards;

    public MainMenu Menu { get; } = menu;

    public Person? Person => Update.Person;

    public long? UserId => Update.Update.From?.Id;

    // Drafts are read by people too (support, the privacy view of a database); keep Cyrillic readable.
    private static readonly JsonSerializerOptions DraftJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private string? _preface;

    /// <summary>Text put before the next message, so that a greeting and the first question arrive as one.</summary>
    public void Preface(string text) => _preface = _preface is null ? text : _preface + "\n\n" + text;

    /// <summary>Sends a message; a reply keyboard is remembered under <paramref name="keyboardName"/>.</summary>
    public void Say(string text, ReplyMarkup? markup = null, string? keyboardName = null)
    {
        Send(text, markup);
        if (markup is ReplyKeyboardMarkup)
            Session.Keyboard = keyboardName;
    }

    /// <summary>A step with choices under its message; the navigation keyboard is put in place first if it is not there.</summary>
    public void Ask(string text, InlineKeyboardMarkup choices)
    {
        if (Session.Keyboard != NavigationKeyboard)
        {
            // The keyboard needs a message of its own; a waiting preface makes a better one than «Хорошо.».
            var opening = _preface ?? Texts["Noted"];
            _preface = null;
            Say(opening, Keyboards.Navigation(), NavigationKeyboard);
        }

        Send(text, choices);
    }

    /// <summary>A step answered by typing; <paramref name="special"/> (e.g. «share contact») goes above the navigation.</summary>
    public void AskText(string text, KeyboardButton? special = null) =>
        Say(text, Keyboards.Navigation(special), special is null ? NavigationKeyboard : NavigationKeyboard + "+extra");

    private void Send(string text, ReplyMarkup? markup)
    {
        Update.Reply(_preface is null ? text : _preface + "\n\n" + text, markup);
        _preface = null;
    }

    /// <summary>Takes the buttons off the message whose button was pressed, so it cannot be pressed again.</summary>
    public void RemovePressedButtons()
    {
        if (!_pressedButtonsRemoved && Update.Update.CallbackQuery?.Message is { } m)
        {
            _pressedButtonsRemoved = true;
            Update.Outbox.Call(Update.ChatId, "editMessageReplyMarkup", new { chat_id = Update.ChatId, message_id = m.MessageId });
        }
    }

    // A trigger fired from an entry action is a second transition in one update; one edit is enough.
    private bool _pressedButtonsRemoved;

    /// <summary>Replaces the buttons of the message whose button was pressed (a toggle, a page turn).</summary>
    public void ReplacePressedButtons(InlineKeyboardMarkup markup)
    {
        if (Update.Update.CallbackQuery?.Message is { } m)
            Update.Outbox.Call(Update.ChatId, "editMessageReplyMarkup", new { chat_id = Update.ChatId, message_id = m.MessageId, reply_markup = markup });
    }

    /// <summary>
    /// The kind word for input a step cannot take: an old or unknown button, text where a button is needed
    /// (or <paramref name="textKey"/>'s explanation), a contact, a sticker. Words that read as a question for a
    /// person are kept and offered to a coordinator instead (<see cref="IAsideOffer"/>). The caller then asks the step again.
    /// </summary>
    public void AnswerWrongInput(Input input, string? textKey = null)
    {
        if (input is { Kind: InputKind.Text, Text: { } text } && AsideText.LooksLikeQuestion(text, typingExpected: textKey is not null)
            && aside?.ButtonFor(Audience) is { } passOn)
        {
            Session.Aside = text;
            Say(Texts["AsideOffer"], passOn);
            return;
        }

        if (input.Kind == InputKind.Callback)
        {
            Update.CallbackAnswer = Texts["OldButtonShort"];
            RemovePressedButtons();
        }

        Say(Texts[input.Kind switch
        {
            InputKind.Callback => "OldButton",
            InputKind.Text => textKey ?? "UseButtons",
            InputKind.Contact => "ContactNotHere",
            _ => "OnlyTextAndButtons",
        }]);
    }

    /// <summary>Set by a button under an older message: once it is handled, the step the person is at is shown again.</summary>
    public bool ShowStepAfter { get; set; }

    /// <summary>The button data of this update if it belongs to <paramref name="flow"/> at <paramref name="state"/>.</summary>
    public CallbackData? ButtonFor(Input input, string flow, string state) =>
        input.Kind == InputKind.Callback && CallbackData.Parse(input.CallbackData) is { } data && data.Flow == flow && data.State == state ? data : null;

    public T Draft<T>()
        where T : new() =>
        Session.Draft is { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, DraftJson) ?? new T() : new T();

    public void SaveDraft<T>(T draft) => Session.Draft = JsonSerializer.Serialize(draft, DraftJson);

    /// <summary>Enters <paramref name="flow"/> at its first step.</summary>
    public Task EnterAsync(IFlow flow)
    {
        if (!flow.IsFor(Audience))
            return LeaveAsync(Texts["StaffOnly"]);
        Session.Flow = flow.Name;
        Session.State = null;
        Session.Draft = null;
        return flow.StartAsync(this);
    }

    /// <summary>Leaves the flow for the main menu, saying <paramref name="text"/> with the menu keyboard.</summary>
    public Task LeaveAsync(string? text = null)
    {
        Session.Flow = null;
        Session.State = null;
        Session.Draft = null;
        return Menu.ShowAsync(this, text);
    }
}
