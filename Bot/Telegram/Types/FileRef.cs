namespace ClubBot.Telegram.Types;

/// <summary>The common part of stickers, voice notes, audio, video and documents: enough to keep or forward the file.</summary>
public sealed record FileRef(string FileId, string FileUniqueId, string? FileName = null, string? MimeType = null);
