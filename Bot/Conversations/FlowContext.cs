using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using ClubBot.Transport;

namespace ClubBot.Conversations;

/// <summary>
/// What a flow works with while handling one update: the update and the person, the session (with its draft),
/// the screen it answers on, and the way to other flows and the menu.
/// </summary>
public sealed class FlowContext
{
    public FlowContext(UpdateContext update, ConversationSession session, bool isAdmin, BotTexts texts, Keyboards keyboards, MainMenu menu, IReadOnlyCollection<IFlow>? flows = null, IAsideOffer? aside = null)
    {
        Update = update;
        Session = session;
        _isAdmin = isAdmin;
        Texts = texts;
        Keyboards = keyboards;
        Menu = menu;
        Aside = aside;
        Screen = new FlowScreen(update, session, texts, keyboards);
        Navigation = new FlowNavigation(this, flows ?? []);
    }

    private readonly bool _isAdmin;

    public UpdateContext Update { get; }

    public ConversationSession Session { get; }

    public FlowScreen Screen { get; }

    public FlowNavigation Navigation { get; }

    /// <summary>Read afresh each time: registering, deleting one's data or a role given or taken changes the menu at once.</summary>
    public Audience Audience => Audience.Of(Person, _isAdmin);

    public BotTexts Texts { get; }

    public Keyboards Keyboards { get; }

    public MainMenu Menu { get; }

    /// <summary>Offers typed words that were no answer to a coordinator (<see cref="WrongInput"/>); absent when no feature does.</summary>
    public IAsideOffer? Aside { get; }

    public Person? Person => Update.Person;

    public long? UserId => Update.Update.Sender?.Id;

    /// <summary>Set by a button under an older message: once it is handled, the step the person is at is shown again.</summary>
    public bool ShowStepAfter { get; set; }

    /// <summary>The button data of this update if it belongs to <paramref name="flow"/> at <paramref name="state"/>.</summary>
    public CallbackData? ButtonFor(Input input, string flow, string state) =>
        input.Kind == InputKind.Callback && CallbackData.Parse(input.CallbackData) is { } data && data.Flow == flow && data.State == state ? data : null;
}
