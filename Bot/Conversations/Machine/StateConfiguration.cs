namespace ClubBot.Conversations.Machine;

/// <summary>The rules and actions of one state, written fluently: <c>Configure(A).Permit(Go, B).OnEntry(…)</c>.</summary>
public sealed class StateConfiguration<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly List<TriggerRule<TState, TTrigger>> _rules = [];
    private readonly List<Func<Transition<TState, TTrigger>, Task>> _entry = [];
    private readonly List<Func<Transition<TState, TTrigger>, Task>> _exit = [];

    internal StateConfiguration(TState state) => State = state;

    public TState State { get; }

    internal IReadOnlyList<TriggerRule<TState, TTrigger>> Rules => _rules;

    /// <summary>On <paramref name="trigger"/> go to <paramref name="destination"/>.</summary>
    public StateConfiguration<TState, TTrigger> Permit(TTrigger trigger, TState destination)
    {
        if (EqualityComparer<TState>.Default.Equals(destination, State))
            throw new ArgumentException($"{State} → {destination}: use PermitReentry to stay in the same state.", nameof(destination));
        return Add(new(trigger, destination, Reentry: false, Ignore: false, Guard: null, GuardDescription: null));
    }

    /// <summary>On <paramref name="trigger"/> go to <paramref name="destination"/> when <paramref name="guard"/> holds; the description names the condition in graphs.</summary>
    public StateConfiguration<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, Func<bool> guard, string description) =>
        Add(new(trigger, destination, Reentry: EqualityComparer<TState>.Default.Equals(destination, State), Ignore: false, guard, description));

    /// <summary>On <paramref name="trigger"/> leave and enter this state again, running its exit and entry actions.</summary>
    public StateConfiguration<TState, TTrigger> PermitReentry(TTrigger trigger) =>
        Add(new(trigger, State, Reentry: true, Ignore: false, Guard: null, GuardDescription: null));

    /// <summary>On <paramref name="trigger"/> run <paramref name="action"/> and stay, without exit or entry actions (a page turn).</summary>
    public StateConfiguration<TState, TTrigger> InternalTransition(TTrigger trigger, Func<Transition<TState, TTrigger>, Task> action) =>
        Add(new(trigger, State, Reentry: false, Ignore: false, Guard: null, GuardDescription: null, action));

    /// <summary>Accept <paramref name="trigger"/> and do nothing.</summary>
    public StateConfiguration<TState, TTrigger> Ignore(TTrigger trigger) =>
        Add(new(trigger, default, Reentry: false, Ignore: true, Guard: null, GuardDescription: null));

    /// <summary>Runs whenever the state is entered.</summary>
    public StateConfiguration<TState, TTrigger> OnEntry(Func<Transition<TState, TTrigger>, Task> action)
    {
        _entry.Add(action);
        return this;
    }

    /// <summary>Runs when the state is entered through <paramref name="trigger"/>, with the value it carried.</summary>
    public StateConfiguration<TState, TTrigger> OnEntryFrom<TArg>(TriggerWithParameter<TTrigger, TArg> trigger, Func<TArg, Transition<TState, TTrigger>, Task> action)
    {
        _entry.Add(t => EqualityComparer<TTrigger>.Default.Equals(t.Trigger, trigger.Trigger) && t.Parameter is TArg arg ? action(arg, t) : Task.CompletedTask);
        return this;
    }

    /// <summary>Runs whenever the state is left (also on re-entry).</summary>
    public StateConfiguration<TState, TTrigger> OnExit(Func<Transition<TState, TTrigger>, Task> action)
    {
        _exit.Add(action);
        return this;
    }

    /// <summary>The rule that applies to <paramref name="trigger"/> now, or why none does.</summary>
    internal (TriggerRule<TState, TTrigger>? Rule, FireOutcome Refusal, string? Guard) Find(TTrigger trigger)
    {
        var candidates = _rules.Where(r => EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger)).ToList();
        if (candidates.Count == 0)
            return (null, FireOutcome.NotPermitted, null);
        var open = candidates.Where(r => r.GuardAllows).ToList();
        if (open.Count > 1)
            throw new InvalidOperationException($"{State} on {trigger}: more than one guard holds ({string.Join(", ", open.Select(r => r.GuardDescription))}).");
        return open.Count == 1
            ? (open[0], FireOutcome.Moved, null)
            : (null, FireOutcome.GuardFailed, string.Join(", ", candidates.Select(r => r.GuardDescription)));
    }

    internal async Task EnterAsync(Transition<TState, TTrigger> transition)
    {
        foreach (var action in _entry)
            await action(transition);
    }

    internal async Task ExitAsync(Transition<TState, TTrigger> transition)
    {
        foreach (var action in _exit)
            await action(transition);
    }

    private StateConfiguration<TState, TTrigger> Add(TriggerRule<TState, TTrigger> rule)
    {
        if (_rules.Any(r => EqualityComparer<TTrigger>.Default.Equals(r.Trigger, rule.Trigger) && (r.Guard is null || rule.Guard is null)))
            throw new InvalidOperationException($"{State} already has a rule for {rule.Trigger}; several rules for one trigger need guards.");
        _rules.Add(rule);
        return this;
    }
}
