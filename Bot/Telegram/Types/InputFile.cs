namespace ClubBot.Telegram.Types;

/// <summary>A file uploaded with multipart/form-data.</summary>
public sealed record InputFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");
