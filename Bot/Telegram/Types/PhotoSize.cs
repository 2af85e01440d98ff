namespace ClubBot.Telegram.Types;

/// <summary>One size of a photo.</summary>
public sealed record PhotoSize(string FileId, string FileUniqueId, int Width, int Height, long? FileSize = null);
