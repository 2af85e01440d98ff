namespace ClubBot.Telegram.Types;

/// <summary>A phone contact, as sent by the «share contact» button.</summary>
public sealed record Contact(string PhoneNumber, string FirstName, string? LastName = null, long? UserId = null);
