namespace ClubBot.Hosting;

public static class BotConfiguration
{
    /// <summary>config/appsettings.json, then config/appsettings.{Environment}.json, then environment variables, then the command line.</summary>
    public static WebApplicationBuilder AddBotConfiguration(this WebApplicationBuilder builder, IReadOnlyList<string> args, IDictionary<string, string?>? overrides)
    {
        var folder = ConfigFiles.FindFolder();
        var config = builder.Configuration;
        config.Sources.Clear();
        config.AddJsonFile(Path.Combine(folder, ConfigFiles.FileName), optional: false, reloadOnChange: false);
        config.AddJsonFile(Path.Combine(folder, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true, reloadOnChange: false);
        config.AddEnvironmentVariables();
        config.AddCommandLine(args.ToArray());
        if (overrides is not null)
            config.AddInMemoryCollection(overrides);
        return builder;
    }
}
