using System.Text;
using ClubBot.Conversations.Machine.Reflection;

namespace ClubBot.Conversations.Machine.Graph;

/// <summary>Renders a machine's shape as Graphviz DOT: states as boxes, transitions as arrows labelled with trigger and guard.</summary>
public sealed class DotGraph : IGraphStyle
{
    public string Format => "dot";

    string IGraphStyle.Render(StateMachineInfo info, string name) => Render(info, name);

    public static string Render(StateMachineInfo info, string name = "machine")
    {
        var dot = new StringBuilder();
        dot.Append("digraph ").Append(Quote(name)).Append(" {\n");
        dot.Append("  rankdir=LR;\n");
        dot.Append("  node [shape=box, style=rounded];\n");
        foreach (var state in info.States)
        {
            var label = state.IgnoredTriggers.Count == 0 ? state.Name : $"{state.Name}\\nignores: {string.Join(", ", state.IgnoredTriggers)}";
            dot.Append("  ").Append(Quote(state.Name)).Append(" [label=").Append(Quote(label));
            if (state.Name == info.Current)
                dot.Append(", penwidth=2");
            dot.Append("];\n");
        }

        foreach (var state in info.States)
            foreach (var t in state.Transitions)
            {
                var label = GraphLabels.Transition(t);
                dot.Append("  ").Append(Quote(state.Name)).Append(" -> ").Append(Quote(t.Destination))
                    .Append(" [label=").Append(Quote(label)).Append("];\n");
            }

        dot.Append("}\n");
        return dot.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"") + "\"";
}
