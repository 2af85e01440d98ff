using System.Text.Json.Nodes;

namespace ClubBot.Tests.Fakes;

/// <summary>A Bot API call the fake server received, with its parameters whatever the encoding.</summary>
public sealed record RecordedCall(string Method, JsonObject Parameters, DateTimeOffset At, int Status, IReadOnlyDictionary<string, UploadedFile> Files)
{
    public long? ChatId => Parameters["chat_id"] is { } id ? long.Parse(id.ToString(), System.Globalization.CultureInfo.InvariantCulture) : null;

    public string? Text => Parameters["text"]?.GetValue<string>();

    public bool Succeeded => Status == 200;

    /// <summary>The id the fake gave the message it created, for callbacks that point back at it.</summary>
    public long? MessageId { get; init; }

    public bool RemovesReplyKeyboard => Parameters["reply_markup"]?["remove_keyboard"] is not null;

    public bool HasReplyKeyboard => Parameters["reply_markup"]?["keyboard"] is not null;

    /// <summary>Labels of the reply keyboard, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard =>
        Parameters["reply_markup"]?["keyboard"]?.AsArray().Select(row => (IReadOnlyList<string>)row!.AsArray().Select(b => b!["text"]!.GetValue<string>()).ToList()).ToList() ?? [];

    /// <summary>Inline buttons, row by row, as (text, callback_data).</summary>
    public IReadOnlyList<IReadOnlyList<(string Text, string? Data)>> InlineKeyboard =>
        Parameters["reply_markup"]?["inline_keyboard"]?.AsArray()
            .Select(row => (IReadOnlyList<(string, string?)>)row!.AsArray().Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>())).ToList()).ToList() ?? [];
}

/// <summary>A file that came in a multipart request.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content);
