namespace ClubBot.Telegram.Types;

/// <summary>A message; media are mapped only as far as the bot needs to recognise them.</summary>
public sealed record Message(
    long MessageId,
    long Date,
    Chat Chat,
    User? From = null,
    string? Text = null,
    Contact? Contact = null,
    Location? Location = null,
    IReadOnlyList<PhotoSize>? Photo = null,
    FileRef? Sticker = null,
    FileRef? Voice = null,
    FileRef? Audio = null,
    FileRef? Video = null,
    FileRef? VideoNote = null,
    FileRef? Document = null,
    string? Caption = null);
