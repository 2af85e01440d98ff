namespace ClubBot.Telegram.Types;

/// <summary>Why a request failed and what to do about it.</summary>
public sealed record ResponseParameters(long? MigrateToChatId = null, int? RetryAfter = null);
