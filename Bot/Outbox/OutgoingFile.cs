using System.Text.Json;
using ClubBot.Transport;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace ClubBot.Outbox;

/// <summary>A file the bot sends (a report, a roster), kept whole in its outbox row until it is sent.</summary>
public sealed record OutgoingFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>
/// What a sendDocument or sendPhoto row holds. The library's upload (<see cref="InputFileStream"/>) serialises without its
/// bytes and can be sent only once, so the row keeps the bytes and each attempt builds its request anew.
/// </summary>
internal sealed record DocumentPayload(long ChatId, string FileName, string ContentType, string ContentBase64, string? Caption = null)
{
    public static string Write(long chatId, OutgoingFile file, string? caption) =>
        JsonSerializer.Serialize(new DocumentPayload(chatId, file.FileName, file.ContentType, Convert.ToBase64String(file.Content), caption), BotJson.Write);

    /// <summary>The request for one attempt; a row that is not a document's throws <see cref="JsonException"/> or <see cref="FormatException"/>.</summary>
    public static SendDocumentRequest Read(string payload)
    {
        var doc = JsonSerializer.Deserialize<DocumentPayload>(payload, RowJson) ?? throw new JsonException("an empty sendDocument row");
        return new SendDocumentRequest
        {
            ChatId = doc.ChatId,
            Document = InputFile.FromStream(new MemoryStream(Convert.FromBase64String(doc.ContentBase64)), doc.FileName),
            Caption = doc.Caption,
        };
    }

    /// <summary>Whether a sendPhoto row carries its picture (a chart) rather than a file_id Telegram already has (a broadcast's photo).</summary>
    public static bool IsUpload(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty(UploadMarker, out _);
    }

    /// <summary>The name the bytes' field is written under (the row's JSON naming, as <see cref="Write"/> writes it).</summary>
    private static readonly string UploadMarker = BotJson.Write.PropertyNamingPolicy?.ConvertName(nameof(ContentBase64)) ?? nameof(ContentBase64);

    /// <summary>The same for a sendPhoto row that carries its picture: uploaded anew at each attempt.</summary>
    public static SendPhotoRequest ReadPhoto(string payload)
    {
        var doc = JsonSerializer.Deserialize<DocumentPayload>(payload, RowJson) ?? throw new JsonException("an empty sendPhoto row");
        return new SendPhotoRequest
        {
            ChatId = doc.ChatId,
            Photo = InputFile.FromStream(new MemoryStream(Convert.FromBase64String(doc.ContentBase64)), doc.FileName),
            Caption = doc.Caption,
        };
    }

    /// <summary>Rows written before any field was optional must still say everything a document needs.</summary>
    private static readonly JsonSerializerOptions RowJson = new(BotJson.Write) { RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true };
}
