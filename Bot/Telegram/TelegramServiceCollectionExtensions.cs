using ClubBot.Telegram.Polling;
using ClubBot.Telegram.Webhook;
using Microsoft.Extensions.Options;

namespace ClubBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Bot API client and the update source the configured mode needs.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddHttpClient<TelegramClient>((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                http.BaseAddress = new Uri($"{o.ApiBaseUrl.TrimEnd('/')}/bot{o.Token}/");
                // Each call sets its own deadline (long polls wait up to 50 s).
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The client lives in singletons (the sender, polling), so its handler is never rotated by the
            // factory: the handler itself renews connections, so a changed DNS answer is seen within minutes.
            // Connections are plentiful because replies and bulk sends go out side by side.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = 64,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HTTP logging writes request URIs, and ours carry the token.
            .RemoveAllLoggers();
        services.AddSingleton<BotCommandsRegistration>();

        var mode = builder.Configuration.GetValue<TelegramMode?>($"{TelegramOptions.Section}:{nameof(TelegramOptions.Mode)}") ?? TelegramMode.Polling;
        if (mode == TelegramMode.Polling)
            services.AddHostedService<LongPolling>();
        else if (mode == TelegramMode.Webhook)
            services.AddHostedService<WebhookRegistration>();
        if (mode != TelegramMode.Console)
            services.AddHostedService(sp => sp.GetRequiredService<BotCommandsRegistration>());
        return builder;
    }
}
