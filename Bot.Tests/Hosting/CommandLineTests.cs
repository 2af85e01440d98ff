using ClubBot.Hosting;

namespace ClubBot.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public void Console_SetsConsoleModeAndLiftsPacing()
    {
        var command = CommandLine.Parse(["--console", "Club:Name=Рандэ-ву"]);

        Assert.True(command.Console);
        Assert.Equal(["Club:Name=Рандэ-ву"], command.Settings);
        Assert.Equal("Console", command.Overrides()["Telegram:Mode"]);
    }

    [Fact]
    public void AsANumber_SpeaksAsThatPerson()
    {
        var command = CommandLine.Parse(["--console", "--as", "100000002"]);

        Assert.Equal("100000002", command.Overrides()["Terminal:UserId"]);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--as", "admin")]
    [InlineData("--console", "--as", "root")]
    [InlineData("--console", "--as", "-5")]
    [InlineData("--graph")]
    public void Mistakes_AreRefusedWithAMessage(params string[] args) =>
        Assert.Throws<FormatException>(() => CommandLine.Parse(args));

    [Fact]
    public void Graph_PrintsTheOnboardingMachineAsDot()
    {
        var output = new StringWriter();

        var code = GraphCommand.Run("onboarding", output, TextWriter.Null);

        Assert.Equal(0, code);
        var dot = output.ToString();
        Assert.StartsWith("// onboarding\ndigraph {", dot);
        Assert.Contains("\"Consent\" -> \"Name\" [style=\"solid\", label=\"Agree\"];", dot);
        Assert.Contains("\"Summary\" -> \"Closed\" [style=\"solid\", label=\"Back [opened from the profile]\"];", dot);
        Assert.Contains("\"Summary\" [label=\"Summary|entry / show the summary\\nexit / note whether one answer is being changed\"];", dot);
    }

    [Fact]
    public void Graph_OfAnUnknownConversation_NamesTheKnownOnes()
    {
        var errors = new StringWriter();

        Assert.Equal(2, GraphCommand.Run("nope", TextWriter.Null, errors));
        Assert.Contains("onboarding", errors.ToString());
    }
}
