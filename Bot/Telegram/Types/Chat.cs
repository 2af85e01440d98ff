namespace ClubBot.Telegram.Types;

/// <summary>A chat; the bot talks in private chats, whose id equals the person's user id.</summary>
public sealed record Chat(long Id, string Type, string? Title = null, string? Username = null, string? FirstName = null, string? LastName = null);
