namespace ClubBot.Telegram.Types;

/// <summary>Hides the reply keyboard.</summary>
public sealed record ReplyKeyboardRemove(bool RemoveKeyboard = true) : ReplyMarkup;
