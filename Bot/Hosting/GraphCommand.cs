using ClubBot.Conversations;
using ClubBot.Conversations.Graphs;
using Stateless.Reflection;

namespace ClubBot.Hosting;

/// <summary>
/// <c>--graph NAME</c> prints one conversation's state machine, <c>--graph all</c> every one; Graphviz DOT by
/// default (<see cref="DotStyle"/>, Stateless's UML style), Mermaid with <c>--graph-format mermaid</c> (<see cref="MermaidStyle"/>).
/// The machines are the ones the bot runs, read from its flows through Stateless's <c>GetInfo()</c>.
/// </summary>
public static class GraphCommand
{
    // DOT carries no title of its own; a comment names the flow when several are printed one after another.
    private static readonly Dictionary<string, Func<StateMachineInfo, string, string>> Styles = new()
    {
        ["dot"] = (info, name) => $"// {name}\n{DotStyle.Format(info)}",
        ["mermaid"] = MermaidStyle.Format,
    };

    public static int Run(string name, TextWriter output, TextWriter errors, string format = "dot")
    {
        if (!Styles.TryGetValue(format, out var style))
        {
            errors.WriteLine($"No graph format '{format}'. Known: {string.Join(", ", Styles.Keys)}.");
            return 2;
        }

        var flows = Flows();
        var chosen = name == "all" ? flows : flows.Where(f => GraphName(f) == name || f.Name == name).ToList();
        if (chosen.Count == 0)
        {
            errors.WriteLine($"No conversation named '{name}'. Known: all, {string.Join(", ", flows.Select(GraphName))}.");
            return 2;
        }

        output.Write(string.Join("\n", chosen.Select(f => style(f.Describe(), GraphName(f)))));
        return 0;
    }

    /// <summary>Every flow the bot registers, taken from the composed (not started) host.</summary>
    public static IReadOnlyList<IFlow> Flows()
    {
        var app = Program.Build([]);
        return app.Services.GetRequiredService<IEnumerable<IFlow>>().OrderBy(GraphName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The flow's class name in kebab case without "Flow": <c>StaffActivitiesFlow</c> is <c>staff-activities</c>.</summary>
    public static string GraphName(IFlow flow)
    {
        var type = flow.GetType().Name;
        var bare = type.EndsWith("Flow", StringComparison.Ordinal) ? type[..^4] : type;
        return string.Concat(bare.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
