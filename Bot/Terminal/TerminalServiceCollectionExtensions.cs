using ClubBot.Telegram;

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
            var admin = builder.Configuration.GetSection("Club:Admins").Get<long[]>()?.Select(id => (long?)id).FirstOrDefault()
                ?? throw new InvalidOperationException("--as admin needs at least one Telegram user id in Club:Admins.");
            builder.Services.PostConfigure<TerminalOptions>(o => (o.UserId, o.FirstName) = (admin, "Администратор"));
        }

        builder.Services.AddSingleton(TerminalIO.Standard());
        builder.Services.AddSingleton<TerminalScreen>();
        builder.Services.AddSingleton<TelegramClient, TerminalTelegramClient>();
        builder.Services.AddHostedService<TerminalSession>();
        return builder;
    }
}
