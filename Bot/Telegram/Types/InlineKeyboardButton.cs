namespace ClubBot.Telegram.Types;

/// <summary>A button under a message; callback data is at most 64 bytes.</summary>
public sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null);
