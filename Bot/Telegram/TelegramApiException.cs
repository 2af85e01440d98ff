namespace ClubBot.Telegram;

/// <summary>The Bot API answered ok=false (or not with its envelope at all).</summary>
public sealed class TelegramApiException(string method, int errorCode, string description, int? retryAfter = null, long? migrateToChatId = null)
    : Exception($"{method} failed: {errorCode} {description}")
{
    public string Method { get; } = method;

    /// <summary>The HTTP-like code: 400, 403, 429, 5xx.</summary>
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>Seconds to wait before repeating the request (429 only).</summary>
    public int? RetryAfter { get; } = retryAfter;

    /// <summary>The group became a supergroup with this id.</summary>
    public long? MigrateToChatId { get; } = migrateToChatId;
}
