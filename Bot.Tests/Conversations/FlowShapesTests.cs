using ClubBot.Conversations;
using ClubBot.Hosting;
using ClubBot.Tests.Fakes;

namespace ClubBot.Tests.Conversations;

/// <summary>
/// Every flow's states and transitions, kept as text beside the tests: a change of the engine underneath the
/// flows (or of a flow by accident) shows here as lines gained or lost.
/// </summary>
public sealed class FlowShapesTests
{
    private static readonly string ShapesFile = Path.Combine(BotProcess.RepositoryRoot, "Bot.Tests", "TestData", "flows", "shapes.txt");

    [Fact]
    public void EveryFlow_HasTheStatesAndTransitionsWrittenDown()
    {
        var expected = File.ReadAllLines(ShapesFile).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

        var actual = GraphCommand.Flows().SelectMany(Shape).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(actual.Except(expected).Order(StringComparer.Ordinal));
        Assert.Empty(expected.Except(actual).Order(StringComparer.Ordinal));
    }

    /// <summary>One line per state, per transition and per ignored trigger; reentry and internal transitions say so.</summary>
    public static IEnumerable<string> Shape(IFlow flow)
    {
        var name = GraphCommand.GraphName(flow);
        var info = flow.Describe();
        foreach (var state in info.States)
        {
            yield return $"{name} state {state.Name}";
            foreach (var t in state.Transitions)
                yield return $"{name} {state.Name} --{t.Trigger}{(t.GuardDescription is null ? "" : $" [{t.GuardDescription}]")}--> {t.Destination}{(t.IsInternal ? " (internal)" : "")}";
            foreach (var ignored in state.IgnoredTriggers)
                yield return $"{name} {state.Name} ignores {ignored}";
        }
    }
}
