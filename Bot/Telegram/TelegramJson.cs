using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClubBot.Telegram;

/// <summary>
/// The Bot API speaks snake_case and leaves absent fields out. Reading is strict about what our types say is
/// required (a message's chat, a callback's sender): such an update is refused here, as poison, instead of
/// reaching a handler with a null where none can be.
/// </summary>
public static class TelegramJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
