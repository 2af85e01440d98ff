using ClubBot.Conversations;
using ClubBot.Hosting;
using ClubBot.Tests.Fakes;
using Stateless.Reflection;

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

    [Fact]
    public void NoTrigger_HasTwoRulesInOneState_UnlessEveryOneIsGuarded()
    {
        // Stateless accepts a second unguarded Permit of a trigger when configuring and fails only when it is fired.
        var clashes = GraphCommand.Flows()
            .SelectMany(f => f.Describe().States.SelectMany(s => s.FixedTransitions
                .GroupBy(t => t.Trigger.UnderlyingTrigger)
                .Where(g => g.Count() > 1 && g.Any(t => t.IsInternalTransition || !t.GuardConditionsMethodDescriptions.Any()))
                .Select(g => $"{GraphCommand.GraphName(f)} {s.UnderlyingState} on {g.Key}")))
            .ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void EveryFlow_IgnoresNoTrigger()
    {
        // FlowTurn draws a button for every trigger Stateless says it can fire, and Stateless says so of an ignored one.
        Assert.DoesNotContain(GraphCommand.Flows().SelectMany(Shape), l => l.Contains(" ignores ", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryGraph_NamesItsActionsAndGuards()
    {
        var output = new StringWriter();

        Assert.Equal(0, GraphCommand.Run("all", output, TextWriter.Null, "dot"));

        Assert.DoesNotContain(InvocationInfo.DefaultFunctionDescription, output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>One line per state, per transition and per ignored trigger; reentry and internal transitions say so.</summary>
    public static IEnumerable<string> Shape(IFlow flow)
    {
        var name = GraphCommand.GraphName(flow);
        foreach (var state in flow.Describe().States)
        {
            var source = state.UnderlyingState;
            yield return $"{name} state {source}";
            foreach (var t in state.FixedTransitions)
            {
                // An internal transition's guard is Stateless's own always-true function, not a condition.
                var guards = t.IsInternalTransition ? "" : string.Join(", ", t.GuardConditionsMethodDescriptions.Select(g => g.Description));
                yield return $"{name} {source} --{t.Trigger.UnderlyingTrigger}{(guards.Length == 0 ? "" : $" [{guards}]")}--> {t.DestinationState.UnderlyingState}{(t.IsInternalTransition ? " (internal)" : "")}";
            }

            foreach (var ignored in state.IgnoredTriggers)
                yield return $"{name} {source} ignores {ignored.Trigger.UnderlyingTrigger}";
        }
    }
}
