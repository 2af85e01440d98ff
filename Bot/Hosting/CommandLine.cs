namespace ClubBot.Hosting;

/// <summary>
/// The flags the program takes besides <c>Section:Key=value</c> settings: <c>--console</c> (with <c>--as admin</c> or <c>--as ID</c>),
/// <c>--graph NAME|all</c> (with <c>--graph-format</c>), <c>--seed-demo</c>, <c>--health-probe</c>.
/// </summary>
public sealed record CommandLine(bool Console, string? As, string? Graph, bool HealthProbe, bool SeedDemo, IReadOnlyList<string> Settings, string GraphFormat = "dot")
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var console = false;
        var healthProbe = false;
        var seedDemo = false;
        string? @as = null, graph = null;
        var graphFormat = "dot";
        var settings = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--console":
                    console = true;
                    break;
                case "--health-probe":
                    healthProbe = true;
                    break;
                case "--seed-demo":
                    seedDemo = true;
                    break;
                case "--as":
                    @as = Value(args, ++i, "--as", "admin");
                    break;
                case "--graph":
                    graph = Value(args, ++i, "--graph", "onboarding");
                    break;
                case "--graph-format":
                    graphFormat = Value(args, ++i, "--graph-format", "mermaid");
                    break;
                case var setting when setting.Contains('=') && !setting.StartsWith('-'):
                    settings.Add(setting);
                    break;
                default:
                    throw new FormatException($"Unknown argument '{args[i]}'. Use --console [--as admin|ID], --seed-demo, --graph NAME|all [--graph-format dot|mermaid], --health-probe or Section:Key=value.");
            }
        }

        if (@as is not null && @as != "admin" && !(long.TryParse(@as, out var id) && id > 0))
            throw new FormatException($"--as takes 'admin' or a Telegram user id (a positive number), not '{@as}'.");
        if (@as is not null && !console)
            throw new FormatException("--as works with --console.");
        return new CommandLine(console, @as, graph, healthProbe, seedDemo, settings, graphFormat);
    }

    /// <summary>Settings console mode lays over config/: no Telegram, no pacing for one person, quiet logs.</summary>
    public IDictionary<string, string?> Overrides()
    {
        var overrides = new Dictionary<string, string?>();
        if (SeedDemo && !Console)
            overrides["Telegram:Mode"] = "Console";
        if (!Console)
            return overrides;
        overrides["Telegram:Mode"] = "Console";
        overrides["Sender:ReplyPerChatPerSecond"] = "1000";
        overrides["Sender:ReplyBurstPerChat"] = "1000";
        overrides["Http:Urls"] = "http://127.0.0.1:0";
        overrides["Logging:LogLevel:Default"] = "Error";
        overrides["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Error";
        overrides["Logging:LogLevel:Microsoft.AspNetCore"] = "Error";
        overrides["Terminal:As"] = As;
        // A number speaks as that person: a trainer plays participant, volunteer and coordinator in turns.
        if (As is not null && As != "admin")
            overrides["Terminal:UserId"] = As;
        return overrides;
    }

    private static string Value(IReadOnlyList<string> args, int i, string flag, string example) =>
        i < args.Count && !args[i].StartsWith('-') ? args[i] : throw new FormatException($"{flag} needs a value, e.g. {flag} {example}.");
}
