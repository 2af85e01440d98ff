using ClubBot.Pipeline;
using Stateless;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Conversations;

/// <summary>A flow at one update: the machine over the session, the draft, and the ways to fire and to draw buttons.</summary>
public sealed class FlowTurn<TState, TTrigger, TDraft>
    where TState : notnull
    where TTrigger : struct
{
    private readonly FlowContext? _context;

    internal FlowTurn(string flow, FlowContext? context, TDraft draft)
    {
        Flow = flow;
        _context = context;
        Draft = draft;
    }

    public string Flow { get; }

    /// <summary>The update; absent only while a graph is drawn, when no entry action runs.</summary>
    public FlowContext Context => _context ?? throw new InvalidOperationException("The flow is being described, not run.");

    public UpdateContext Update => Context.Update;

    public TDraft Draft { get; }

    public StateMachine<TState, TTrigger> Machine { get; internal set; } = null!;

    public TState State => Machine.State;

    /// <summary>
    /// Fires <paramref name="trigger"/> if the state permits it, <paramref name="before"/> first (to keep the chosen
    /// value). False, with nothing done, when it is not permitted: an old button or a wrong word is ordinary, and
    /// Stateless would throw. Flows ignore no trigger (Stateless counts an ignored trigger as one it can fire).
    /// </summary>
    public async Task<bool> FireAsync(TTrigger trigger, Action? before = null)
    {
        if (!Machine.CanFire(trigger))
            return false;
        before?.Invoke();
        await Machine.FireAsync(trigger);
        return true;
    }

    /// <summary>The button data of this press if it was made by the current state of this flow.</summary>
    public CallbackData? Pressed(Input input) => Context.ButtonFor(input, Flow, Name(State));

    /// <summary>The button data of this press if it is <paramref name="action"/> of the current state.</summary>
    public CallbackData? Pressed(Input input, string action) => Pressed(input) is { } data && data.Action == action ? data : null;

    /// <summary>Button data for the current state.</summary>
    public string Data(string action, string? argument = null) => CallbackData.Make(Flow, Name(State), action, argument);

    /// <summary>A button that fires <paramref name="trigger"/>; none when the state does not permit it now.</summary>
    public InlineKeyboardButton? Button(string label, TTrigger trigger, string action, string? argument = null) =>
        Machine.CanFire(trigger) ? new InlineKeyboardButton(label, Data(action, argument)) : null;

    /// <summary>Buttons one per row; the ones the state does not permit (null) are left out.</summary>
    public static InlineKeyboardMarkup Column(params InlineKeyboardButton?[] buttons) =>
        new(buttons.OfType<InlineKeyboardButton>().Select(b => (IReadOnlyList<InlineKeyboardButton>)[b]).ToList());

    private static string Name(TState state) => state.ToString()!;
}
