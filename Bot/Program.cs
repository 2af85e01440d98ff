using ClubBot.Audit;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.About;
using ClubBot.Features.Activities;
using ClubBot.Features.Broadcast;
using ClubBot.Features.Calls;
using ClubBot.Features.Digest;
using ClubBot.Features.Help;
using ClubBot.Features.Onboarding;
using ClubBot.Features.Participants;
using ClubBot.Features.Privacy;
using ClubBot.Features.Questions;
using ClubBot.Features.Reports;
using ClubBot.Features.Staff;
using ClubBot.Features.Surveys;
using ClubBot.Features.Volunteers;
using ClubBot.Hosting;
using ClubBot.Outbox;
using ClubBot.Pipeline;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Terminal;
using ClubBot.Transport;
using ClubBot.Transport.Webhook;

namespace ClubBot;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            var command = CommandLine.Parse(args);
            if (command.HealthProbe)
                return await HealthProbe.RunAsync();
            if (command.Graph is { } graph)
                return GraphCommand.Run(graph, Console.Out, Console.Error, command.GraphFormat);
            app = Build(args);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException or FormatException)
        {
            Console.Error.WriteLine($"ClubBot cannot start: {ex.Message}");
            return 2;
        }

        var problems = StartupCheck.Problems(app.Services);
        foreach (var problem in problems)
            Console.Error.WriteLine($"ClubBot cannot start: {problem}");
        if (problems.Count > 0)
            return 2;

        if (CommandLine.Parse(args) is { SeedDemo: true } seeding)
        {
            Console.WriteLine(await DemoData.SeedAsync(app.Services));
            if (!seeding.Console)
                return 0;
        }

        ShutdownWatchdog.Arm(app.Services);
        await app.RunAsync();
        return 0;
    }

    /// <summary>The whole bot; tests build it too, with their settings laid over config/.</summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides = null, Action<WebApplicationBuilder>? customize = null)
    {
        var command = CommandLine.Parse(args);
        var settings = command.Overrides();
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.AddBotConfiguration(command.Settings, settings);
        builder.AddClub();
        builder.AddStorage();
        builder.AddOutbox();
        builder.AddPipeline();
        builder.AddTelegram();
        builder.AddScheduling();
        builder.AddAudit();
        builder.AddConversations();
        builder.AddOnboarding();
        builder.AddActivities();
        builder.AddHelp();
        builder.AddVolunteers();
        builder.AddQuestions();
        builder.AddSurveys();
        builder.AddDigest();
        builder.AddReports();
        builder.AddStaff();
        builder.AddBroadcast();
        builder.AddCalls();
        builder.AddPrivacy();
        builder.AddParticipants();
        builder.AddAbout();
        builder.AddTerminal();
        builder.AddHttpEndpoints();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.MapHealth();
        app.MapTelegramWebhook();
        return app;
    }
}
