namespace ClubBot.Telegram.Types;

/// <summary>Buttons under a message.</summary>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard) : ReplyMarkup;
