using ClubBot.Conversations.Machine.Reflection;

namespace ClubBot.Conversations.Machine;

/// <summary>
/// A small finite-state machine in the manner of Stateless: states and triggers are enums (or any values),
/// the state lives wherever the accessor and mutator keep it (a session row), and a trigger the current state
/// does not permit is a result, not an exception. Rebuilt for every update over the persisted state.
/// </summary>
public sealed class StateMachine<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Func<TState> _read;
    private readonly Action<TState> _write;
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger>> _states = [];

    public StateMachine(Func<TState> stateAccessor, Action<TState> stateMutator)
    {
        _read = stateAccessor;
        _write = stateMutator;
    }

    /// <summary>A machine that keeps its state itself.</summary>
    public StateMachine(TState initial)
    {
        var state = initial;
        _read = () => state;
        _write = s => state = s;
    }

    public TState State => _read();

    /// <summary>The configuration of <paramref name="state"/>, created on first use.</summary>
    public StateConfiguration<TState, TTrigger> Configure(TState state)
    {
        if (!_states.TryGetValue(state, out var configuration))
            _states[state] = configuration = new StateConfiguration<TState, TTrigger>(state);
        return configuration;
    }

    /// <summary>Declares that <paramref name="trigger"/> carries a value of type <typeparamref name="TArg"/>.</summary>
    public static TriggerWithParameter<TTrigger, TArg> SetTriggerParameter<TArg>(TTrigger trigger) => new(trigger);

    public Task<FireResult<TState>> FireAsync(TTrigger trigger) => FireCoreAsync(trigger, null);

    public Task<FireResult<TState>> FireAsync<TArg>(TriggerWithParameter<TTrigger, TArg> trigger, TArg value) => FireCoreAsync(trigger.Trigger, value);

    /// <summary>True when firing <paramref name="trigger"/> now would move the machine.</summary>
    public bool CanFire(TTrigger trigger) => Current.Find(trigger).Rule is { Ignore: false };

    /// <summary>True when <paramref name="trigger"/> now runs an action and stays, without leaving the state.</summary>
    public bool IsInternal(TTrigger trigger) => Current.Find(trigger).Rule is { Internal: not null };

    /// <summary>The triggers that would move the machine now (guards evaluated), in the order they were configured.</summary>
    public IReadOnlyList<TTrigger> PermittedTriggers =>
        Current.Rules.Where(r => !r.Ignore && r.GuardAllows).Select(r => r.Trigger).Distinct().ToList();

    /// <summary>The machine's shape, for graphs and tests; guards are not evaluated.</summary>
    public StateMachineInfo GetInfo() => StateMachineInfo.From(_states.Values, State);

    private StateConfiguration<TState, TTrigger> Current => Configure(State);

    private async Task<FireResult<TState>> FireCoreAsync(TTrigger trigger, object? parameter)
    {
        var source = State;
        var (rule, refusal, guard) = Configure(source).Find(trigger);
        if (rule is null)
            return new FireResult<TState>(refusal, source, guard);
        if (rule.Ignore)
            return new FireResult<TState>(FireOutcome.Ignored, source);

        var transition = new Transition<TState, TTrigger>(source, rule.Destination!, trigger, parameter);
        if (rule.Internal is { } action)
        {
            await action(transition);
            return new FireResult<TState>(FireOutcome.Moved, State);
        }

        await Configure(source).ExitAsync(transition);
        _write(transition.Destination);
        await Configure(transition.Destination).EnterAsync(transition);
        return new FireResult<TState>(FireOutcome.Moved, State);
    }
}
