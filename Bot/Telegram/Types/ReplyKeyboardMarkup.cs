namespace ClubBot.Telegram.Types;

/// <summary>Large buttons in place of the phone's keyboard.</summary>
public sealed record ReplyKeyboardMarkup(
    IReadOnlyList<IReadOnlyList<KeyboardButton>> Keyboard,
    bool? IsPersistent = null,
    bool? ResizeKeyboard = null,
    bool? OneTimeKeyboard = null,
    string? InputFieldPlaceholder = null) : ReplyMarkup;
