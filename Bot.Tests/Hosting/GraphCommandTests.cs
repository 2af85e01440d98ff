using System.Text.RegularExpressions;
using ClubBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Hosting;

public sealed partial class GraphCommandTests
{
    [Fact]
    public void GraphAll_DrawsEveryFlowTheBotRegisters()
    {
        var output = new StringWriter();

        Assert.Equal(0, GraphCommand.Run("all", output, TextWriter.Null, "mermaid"));

        var titles = TitleLine().Matches(output.ToString()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(GraphCommand.Flows().Select(GraphCommand.GraphName), titles);
        Assert.Contains("staff-activities", titles);
    }

    [Fact]
    public void FlowNames_AndMessageButtonPrefixes_NeverCollide()
    {
        var app = Program.Build([]);
        var flows = app.Services.GetServices<ClubBot.Conversations.IFlow>().Select(f => f.Name).ToList();
        var buttons = app.Services.GetServices<ClubBot.Conversations.IMessageButtons>().Select(b => b.Prefix).ToList();

        Assert.Equal(flows.Count + buttons.Count, flows.Concat(buttons).Distinct().Count());
    }

    [Fact]
    public void AnUnknownFormat_IsRefusedWithTheKnownOnes()
    {
        var errors = new StringWriter();

        Assert.Equal(2, GraphCommand.Run("onboarding", TextWriter.Null, errors, "svg"));
        Assert.Contains("mermaid", errors.ToString());
    }

    [Fact]
    public void TheReadmeDiagrams_MatchTheCode()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
        var blocks = MermaidBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 6, $"README shows {blocks.Count} diagrams.");
        foreach (var block in blocks)
        {
            var name = TitleLine().Match(block).Groups[1].Value;
            var output = new StringWriter();
            Assert.Equal(0, GraphCommand.Run(name, output, TextWriter.Null, "mermaid"));
            Assert.True(output.ToString() == block, $"README's diagram of '{name}' is out of date; print it with --graph {name} --graph-format mermaid.");
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClubBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ClubBot.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"^title: (.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}
