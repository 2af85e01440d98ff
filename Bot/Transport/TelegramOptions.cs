namespace ClubBot.Transport;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks Telegram with getUpdates (no public address needed).</summary>
    Polling,

    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>.</summary>
    Webhook,

    /// <summary>No Telegram at all: the terminal is the chat.</summary>
    Console,
}

/// <summary>The "Telegram" configuration section.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>Telegram's own Bot API server.</summary>
    public const string PublicApiBaseUrl = "https://api.telegram.org";

    /// <summary>Stands in for a token in console mode, where nothing reaches Telegram.</summary>
    public const string ConsoleToken = "1:console-mode-talks-to-no-telegram";

    /// <summary>The bot token from @BotFather; never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Scheme, host and port of the Bot API (no path); a local Bot API server or a test fake may stand in.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    /// <summary>Polling, Webhook or Console.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public HTTPS address Telegram posts updates to (webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it are refused (webhook mode).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Long-poll timeout of getUpdates, in seconds.</summary>
    public int PollingTimeoutSeconds { get; set; } = 50;

    /// <summary>How long any other Bot API call may take before it counts as timed out, in seconds.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;
}
