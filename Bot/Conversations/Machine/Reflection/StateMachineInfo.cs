namespace ClubBot.Conversations.Machine.Reflection;

/// <summary>A machine's shape without its behaviour: states, their transitions and guards, named as text.</summary>
public sealed record StateMachineInfo(IReadOnlyList<StateInfo> States, string Current)
{
    internal static StateMachineInfo From<TState, TTrigger>(IEnumerable<StateConfiguration<TState, TTrigger>> states, TState current)
        where TState : notnull
        where TTrigger : notnull
    {
        var infos = states.Select(s => new StateInfo(
                Name(s.State),
                s.Rules.Where(r => !r.Ignore).Select(r => new TransitionInfo(Name(r.Trigger), Name(r.Destination!), r.GuardDescription, r.Reentry, r.Internal is not null)).ToList(),
                s.Rules.Where(r => r.Ignore).Select(r => Name(r.Trigger)).ToList()))
            .ToList();
        // States reached only as destinations have no configuration of their own but belong in the picture.
        var known = infos.Select(i => i.Name).ToHashSet();
        foreach (var target in infos.SelectMany(i => i.Transitions).Select(t => t.Destination).Distinct().ToList())
            if (known.Add(target))
                infos.Add(new StateInfo(target, [], []));
        return new StateMachineInfo(infos, Name(current));
    }

    private static string Name(object value) => value.ToString() ?? "";
}

public sealed record StateInfo(string Name, IReadOnlyList<TransitionInfo> Transitions, IReadOnlyList<string> IgnoredTriggers);

public sealed record TransitionInfo(string Trigger, string Destination, string? GuardDescription, bool IsReentry, bool IsInternal = false);
