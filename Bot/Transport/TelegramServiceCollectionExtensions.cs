using ClubBot.Transport.Polling;
using ClubBot.Transport.Webhook;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace ClubBot.Transport;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the Bot API client runs on; console mode swaps its primary handler.</summary>
    public const string HttpClientName = "telegram";

    /// <summary>The Bot API client and the update source the configured mode needs.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        // Each call sets its own deadline (long polls wait up to 50 s), so the client's own never fires.
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The client lives in a singleton, so its handler is never rotated by the factory: the handler
            // itself renews connections, so a changed DNS answer is seen within minutes. Connections are
            // plentiful because replies and bulk sends go out side by side.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = 64,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The default HTTP logging writes request URIs, and ours carry the token.
            .RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TelegramBotClient(ClientOptions(o), http);
        });
        services.AddSingleton<BotApi>();
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

    /// <summary>
    /// The library's options. It retries nothing: a 429 must reach our sender, which pauses the whole lane,
    /// instead of being waited out inside one call that holds a lane slot. Any base URL it is given counts as
    /// a local Bot API server, so the public one is left to its default.
    /// </summary>
    internal static TelegramBotClientOptions ClientOptions(TelegramOptions o)
    {
        // Console mode talks to no Telegram; the library still wants a token of the right shape.
        var token = o.Mode == TelegramMode.Console && string.IsNullOrWhiteSpace(o.Token) ? TelegramOptions.ConsoleToken : o.Token;
        var baseUrl = o.ApiBaseUrl.TrimEnd('/') == TelegramOptions.PublicApiBaseUrl ? null : o.ApiBaseUrl;
        return new TelegramBotClientOptions(token, baseUrl) { RetryThreshold = 0, RetryCount = 1 };
    }
}
