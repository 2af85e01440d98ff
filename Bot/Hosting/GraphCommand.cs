using ClubBot.Conversations;
using ClubBot.Conversations.Machine.Graph;

namespace ClubBot.Hosting;

/// <summary>
/// <c>--graph NAME</c> prints one conversation's state machine, <c>--graph all</c> every one; Graphviz DOT by
/// default, Mermaid with <c>--graph-format mermaid</c>. The machines are the ones the bot runs, read from its flows.
/// </summary>
public static class GraphCommand
{
    private static readonly IGraphStyle[] Styles = [new DotGraph(), new MermaidGraph()];

    public static int Run(string name, TextWriter output, TextWriter errors, string format = "dot")
    {
        var style = Styles.FirstOrDefault(s => s.Format == format);
        if (style is null)
        {
            errors.WriteLine($"No graph format '{format}'. Known: {string.Join(", ", Styles.Select(s => s.Format))}.");
            return 2;
        }

        var flows = Flows();
        var chosen = name == "all" ? flows : flows.Where(f => GraphName(f) == name || f.Name == name).ToList();
        if (chosen.Count == 0)
        {
            errors.WriteLine($"No conversation named '{name}'. Known: all, {string.Join(", ", flows.Select(GraphName))}.");
            return 2;
        }

        output.Write(string.Join("\n", chosen.Select(f => style.Render(f.Describe(), GraphName(f)))));
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
