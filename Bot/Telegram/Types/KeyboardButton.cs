namespace ClubBot.Telegram.Types;

/// <summary>A reply-keyboard button; pressing it sends its text, or the person's contact when RequestContact is set.</summary>
public sealed record KeyboardButton(string Text, bool? RequestContact = null, bool? RequestLocation = null);
