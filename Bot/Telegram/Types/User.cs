namespace ClubBot.Telegram.Types;

/// <summary>A Telegram user or bot.</summary>
public sealed record User(long Id, bool IsBot, string FirstName, string? LastName = null, string? Username = null, string? LanguageCode = null);
