using ClubBot.Hosting;
using ClubBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.EndToEnd;

public sealed class StartupTests
{
    [Fact]
    public async Task WithoutToken_ProcessExitsNonZero_WithOneLineNamingTheKey()
    {
        using var process = BotProcess.Start(new Dictionary<string, string?> { ["Telegram__Token"] = "" });

        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exit);
        var line = Assert.Single(process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram:Token", line);
    }

    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Club:TimeZone", "Europe/Atlantis", "Club:TimeZone 'Europe/Atlantis'" },
        { "Telegram:ApiBaseUrl", "api.telegram.org", "Telegram:ApiBaseUrl" },
        { "Telegram:Token", "not-a-token", "Telegram:Token" },
        { "Telegram:Mode", "Webhook", "Telegram:WebhookUrl" },
        { "Sender:BulkPerSecond", "0", "Sender:BulkPerSecond" },
        { "Storage:ConnectionString", "Data Source=", "Storage:ConnectionString" },
        { "Club:Name", "", "Club:Name" },
        { "Onboarding:ConsentText", "", "Onboarding:ConsentText" },
        { "Onboarding:ConsentText", new string('а', 601), "Onboarding:ConsentText has 601 characters; keep it to 600" },
        { "Onboarding:Settlements:1", "Оса", "Onboarding:Settlements lists 'Оса' twice" },
        { "Conversations:SessionTimeoutHours", "0", "Conversations:SessionTimeoutHours" },
        { "Digest:Time", "8 утра", "Digest:Time" },
        { "Reminders:NightStarts", "9pm", "Reminders:NightStarts" },
        { "Activities:Kinds:0:Code", "Клуб", "Activities:Kinds:0:Code 'Клуб'" },
        { "Activities:Kinds:1:Code", "club", "Activities:Kinds lists the code 'club' twice" },
        { "Surveys:Questionnaires:0:Questions:1:Kind", "Slider", "Surveys:Questionnaires:0 ('after-activity'), question 1 ('liked'): unknown kind 'Slider'" },
        { "Surveys:Questionnaires:2:Questions:0:Labels:4", "", "Surveys:Questionnaires:2 ('mood'), question 0 ('mood'): a scale needs five labels" },
        { "Surveys:Questionnaires:3:Questions:0:Wellbeing", "true", "Surveys:Questionnaires:3 ('needs'), question 0 ('activities'): Wellbeing is for a scale" },
        { "Surveys:Questionnaires:1:Id", "after-activity", "Surveys:Questionnaires: the id 'after-activity' is used twice" },
        { "Surveys:Questionnaires:0:Questions:2:Id", "quality", "Surveys:Questionnaires:0 ('after-activity'): the question id 'quality' is used twice" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void BadSetting_IsReportedByItsKey(string key, string value, string expected)
    {
        var app = Program.Build([], new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            [key] = value,
        });

        var problems = StartupCheck.Problems(app.Services);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedConfiguration_WithAToken_HasNoProblems()
    {
        var app = Program.Build([], new Dictionary<string, string?> { ["Telegram:Token"] = FakeBotApi.Token });

        Assert.Empty(StartupCheck.Problems(app.Services));
    }

    [Fact]
    public void Host_ResolvesEveryHostedService()
    {
        var app = Program.Build([], new Dictionary<string, string?> { ["Telegram:Token"] = FakeBotApi.Token });

        var names = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.Equal(["ClubPhoneCheck", "DatabaseMigrator", "OutboxLeases", "Housekeeping", "LongPolling", "BotCommandsRegistration", "QuartzHostedService"],
            names.Where(n => !n.StartsWith("Generic", StringComparison.Ordinal) && n != "HostedLifecycleServiceWrapper").ToList());
    }

    [Fact]
    public void ConsoleHost_ResolvesTheTerminalInsteadOfPolling_AndEveryFlowAndMenuEntry()
    {
        var app = Program.Build(["--console"], new Dictionary<string, string?>());

        var names = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Contains("TerminalSession", names);
        Assert.DoesNotContain("LongPolling", names);
        Assert.DoesNotContain("BotCommandsRegistration", names);
        Assert.Empty(StartupCheck.Problems(app.Services));
        Assert.Equal(["ac", "ad", "ae", "aj", "aq", "at", "bc", "hh", "hm", "hp", "hq", "hv", "mr", "ms", "ob", "pr", "pv", "px", "qa", "rd", "rp", "sa", "sm", "sv", "tq", "vb", "vh"], app.Services.GetServices<ClubBot.Conversations.IFlow>().Select(f => f.Name).Order());
        Assert.Equal(28, app.Services.GetServices<ClubBot.Conversations.IMenuEntry>().Count());
        Assert.Equal(["qb", "qs", "rm", "rr", "sr", "svb", "swb", "tp", "va", "vt"], app.Services.GetServices<ClubBot.Conversations.IMessageButtons>().Select(b => b.Prefix).Order());
        using var scope = app.Services.CreateScope();
        Assert.IsType<ClubBot.Conversations.ConversationRouter>(scope.ServiceProvider.GetRequiredService<ClubBot.Pipeline.IUpdateHandler>());
    }
}
