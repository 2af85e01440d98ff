using Telegram.Bot.Types;

namespace ClubBot.Conversations;

public enum InputKind
{
    Text,
    Contact,
    Callback,

    /// <summary>A sticker, photo, voice or video message, a file: nothing a step can read.</summary>
    Media,
    Location,

    /// <summary>An edited message, a poll, a dice: updates the conversation does not answer.</summary>
    Other,
}

/// <summary>What the person did, sorted into what a conversation step can take.</summary>
public sealed record Input(InputKind Kind, string? Text = null, Contact? Contact = null, string? CallbackData = null, long? CallbackMessageId = null, string? PhotoFileId = null)
{
    /// <summary>A contact that is the sender's own (Telegram fills its user id only for the «share contact» button).</summary>
    public bool IsOwnContact(long? userId) => Contact?.UserId is { } id && id == userId;

    public static Input From(Update update)
    {
        if (update.CallbackQuery is { } query)
            return new Input(InputKind.Callback, CallbackData: query.Data ?? "", CallbackMessageId: query.Message?.MessageId);
        if (update.Message is not { } m)
            return new Input(InputKind.Other);
        if (m.Text is { } text)
            return new Input(InputKind.Text, Text: text.Trim());
        if (m.Contact is { } contact)
            return new Input(InputKind.Contact, Contact: contact);
        if (m.Location is not null)
            return new Input(InputKind.Location);
        if (m.Photo is { Length: > 0 } photo)
            return new Input(InputKind.Media, Text: m.Caption?.Trim(), PhotoFileId: photo.MaxBy(p => p.Width * p.Height)!.FileId);
        if (m.Sticker is not null || m.Voice is not null || m.Audio is not null || m.Video is not null || m.VideoNote is not null || m.Document is not null)
            return new Input(InputKind.Media);
        return new Input(InputKind.Other);
    }
}
