namespace ClubBot.Telegram.Types;

/// <summary>The envelope every Bot API answer comes in.</summary>
public sealed record ApiResponse<T>(bool Ok, T? Result = default, int? ErrorCode = null, string? Description = null, ResponseParameters? Parameters = null);
