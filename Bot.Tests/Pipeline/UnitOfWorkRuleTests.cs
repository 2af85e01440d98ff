namespace ClubBot.Tests.Pipeline;

/// <summary>
/// An update's changes commit once, together with its inbox mark. A handler that saves on its own writes outside
/// that transaction, so a crash before the commit replays the update over changes already made (an attendance
/// toggled twice). Only the pipeline and scheduled work, which are their own units of work, may save.
/// </summary>
public sealed class UnitOfWorkRuleTests
{
    [Fact]
    public void NoFeatureHandler_CallsSaveChangesItself()
    {
        var features = Path.Combine(RepositoryRoot(), "Bot", "Features");
        var offenders = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .Where(f => f.Text.Contains("SaveChanges", StringComparison.Ordinal))
            .Where(f => !f.Text.Contains(": IDueWork", StringComparison.Ordinal) && Path.GetFileName(f.File) != "DemoData.cs")
            .Select(f => Path.GetRelativePath(features, f.File))
            .ToList();

        Assert.True(offenders.Count == 0,
            "These handlers save outside the update's unit of work; use UpdateContext.FlushAsync instead: " + string.Join(", ", offenders));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClubBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("ClubBot.sln not found above the test binaries.");
    }
}
