namespace ClubBot.Telegram.Types;

/// <summary>A member's status in a chat; only the fields every status shares.</summary>
public sealed record ChatMember(string Status, User User);
