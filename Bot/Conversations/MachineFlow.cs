using Stateless;
using Stateless.Reflection;

namespace ClubBot.Conversations;

/// <summary>
/// The one way a conversation is written. For every update the runner loads the draft, builds a Stateless machine
/// over the session's state, lets the flow turn the input into a trigger, fires it and saves the draft. A flow gives
/// its rules (<see cref="Configure"/>), the screen of each state (<see cref="ShowStepAsync"/>) and what an input
/// means at a state (<see cref="OnInputAsync"/>); input that means nothing gets the kind word and the step again.
/// </summary>
public abstract class MachineFlow<TState, TTrigger, TDraft>(TTrigger back) : IFlow
    where TState : notnull
    where TTrigger : struct
    where TDraft : class, new()
{
    public abstract string Name { get; }

    /// <summary>The first step.</summary>
    protected abstract TState Initial { get; }

    public virtual bool IsFor(Audience audience) => true;

    public virtual Task StartAsync(FlowContext context) => BeginAsync(context, new TDraft());

    public Task ShowAsync(FlowContext context) => RunAsync(context, ShowStepAsync);

    /// <summary>«⬅️ Назад» fires the back trigger; a state without a rule for it leaves the flow.</summary>
    public Task BackAsync(FlowContext context) => RunAsync(context, async turn =>
    {
        if (!await turn.FireAsync(back))
            await context.Navigation.LeaveAsync();
    });

    public Task HandleAsync(FlowContext context, Input input) => RunAsync(context, async turn =>
    {
        if (await OnInputAsync(turn, input))
            return;
        WrongInput.Answer(context, input, HintFor(turn));
        await ShowStepAsync(turn);
    });

    public StateMachineInfo Describe()
    {
        var turn = new FlowTurn<TState, TTrigger, TDraft>(Name, null, new TDraft());
        turn.Machine = new StateMachine<TState, TTrigger>(Initial, FiringMode.Immediate);
        Configure(turn);
        return turn.Machine.GetInfo();
    }

    /// <summary>Enters this flow with <paramref name="draft"/> at its first step and shows it.</summary>
    public Task BeginAsync(FlowContext context, TDraft draft) => BeginAsync(context, draft, Initial);

    /// <summary>Enters this flow with <paramref name="draft"/> at <paramref name="state"/> and shows it.</summary>
    public Task BeginAsync(FlowContext context, TDraft draft, TState state)
    {
        context.Session.Flow = Name;
        context.Session.State = Store(state);
        context.Session.WriteDraft(draft);
        return ShowAsync(context);
    }

    /// <summary>The rules of every state; entry actions reach the update through <paramref name="turn"/>.</summary>
    protected abstract void Configure(FlowTurn<TState, TTrigger, TDraft> turn);

    /// <summary>The message and buttons of the current state.</summary>
    protected abstract Task ShowStepAsync(FlowTurn<TState, TTrigger, TDraft> turn);

    /// <summary>What <paramref name="input"/> means now: true when it fired a trigger or was answered.</summary>
    protected abstract Task<bool> OnInputAsync(FlowTurn<TState, TTrigger, TDraft> turn, Input input);

    /// <summary>The text key that explains what to type at the current step, when typing is expected there.</summary>
    protected virtual string? HintFor(FlowTurn<TState, TTrigger, TDraft> turn) => null;

    private async Task RunAsync(FlowContext context, Func<FlowTurn<TState, TTrigger, TDraft>, Task> act)
    {
        var turn = new FlowTurn<TState, TTrigger, TDraft>(Name, context, context.Session.ReadDraft<TDraft>());
        turn.Machine = OverSession(context);
        Configure(turn);
        await act(turn);
        if (context.Session.Flow == Name)
            context.Session.WriteDraft(turn.Draft);
    }

    /// <summary>
    /// A machine whose state is the session's. Stateless reads the state again after entry actions and writes it
    /// back when it differs; an entry action that leaves this flow (for the menu, or for another flow) has already
    /// set the session, so once the session is not this flow's any more the machine's state is only kept here.
    /// Immediate firing: a trigger fired by an entry action (a card that is gone goes «Назад») moves at once.
    /// </summary>
    private StateMachine<TState, TTrigger> OverSession(FlowContext context)
    {
        var state = Read(context.Session.State);
        var machine = new StateMachine<TState, TTrigger>(() => state, s =>
        {
            state = s;
            if (context.Session.Flow == Name)
                context.Session.State = Store(s);
        }, FiringMode.Immediate);
        // Leaving a state takes the buttons off the message that was pressed; an internal transition (a page
        // turn, a toggle) redraws that message itself and does not pass here.
        machine.OnTransitioned(_ => context.Screen.RemovePressedButtons());
        return machine;
    }

    private TState Read(string? stored)
    {
        if (stored is null)
            return Initial;
        if (typeof(TState).IsEnum)
            return Enum.TryParse(typeof(TState), stored, out var value) ? (TState)value : Initial;
        return stored is TState s ? s : Initial;
    }

    private static string Store(TState state) => state.ToString()!;
}
