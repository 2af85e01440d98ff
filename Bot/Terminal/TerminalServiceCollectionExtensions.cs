using ClubBot.Club;
using ClubBot.Transport;

namespace ClubBot.Terminal;

public static class TerminalServiceCollectionExtensions
{
    /// <summary>In console mode the terminal stands in for Telegram; everything else is the same bot.</summary>
    public static IHostApplicationBuilder AddTerminal(this IHostApplicationBuilder builder)
    {
        var mode = builder.Configuration.GetValue<TelegramMode?>($"{TelegramOptions.Section}:{nameof(TelegramOptions.Mode)}");
        if (mode != TelegramMode.Console)
            return builder;
        builder.Services.AddOptions<TerminalOptions>().BindConfiguration(TerminalOptions.Section);
        if (builder.Configuration[$"{TerminalOptions.Section}:{nameof(TerminalOptions.As)}"] == "admin")
        {
            // With the shipped configuration nobody is an administrator yet; a trainer still needs to try the staff side.
            var admin = builder.Configuration.GetSection("Club:Admins").Get<long[]>()?.Select(id => (long?)id).FirstOrDefault();
            if (admin is null)
                builder.Services.PostConfigure<ClubOptions>(o => o.Admins.Add(TerminalOptions.DemoAdminId));
            builder.Services.PostConfigure<TerminalOptions>(o => (o.UserId, o.FirstName) = (admin ?? TerminalOptions.DemoAdminId, "Администратор"));
        }

        // Trying the bot out shows where the centre's phone would appear; the number says it is not a real one.
        builder.Services.PostConfigure<ClubOptions>(o => o.Phone = string.IsNullOrWhiteSpace(o.Phone) ? TerminalOptions.DemoPhone : o.Phone);
        builder.Services.AddSingleton(TerminalIO.Standard());
        builder.Services.AddSingleton<TerminalScreen>();
        builder.Services.AddSingleton<TerminalMailbox>();
        builder.Services.AddSingleton<TerminalFiles>();
        // The bot's own Bot API client runs unchanged; only the HTTP answering it is the terminal's.
        builder.Services.AddSingleton<TerminalBotApi>();
        builder.Services.AddHttpClient(TelegramServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<TerminalBotApi>());
        builder.Services.AddHostedService<TerminalSession>();
        return builder;
    }
}
