using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ClubBot.Transport;

/// <summary>
/// The library's JSON conventions (snake_case, absent fields left out), in two variants: one for what we write
/// (stored rows, so Cyrillic stays readable and searchable) and a strict one for what Telegram sends us.
/// </summary>
public static class BotJson
{
    /// <summary>Writing rows and requests: Cyrillic is written as it is, so erasure finds a name in stored payloads.</summary>
    public static readonly JsonSerializerOptions Write = Configured(null);

    /// <summary>
    /// Reading updates: a member the bot relies on (a message's chat, a callback's id and sender, a membership's
    /// new status) must be present and not null. The library lets such an update through with nulls; here it
    /// throws, so the update is set aside as poison instead of reaching a handler with a null where none can be.
    /// </summary>
    public static readonly JsonSerializerOptions StrictRead = Configured(new DefaultJsonTypeInfoResolver { Modifiers = { RequireWhatTheBotReads } });

    private static readonly Dictionary<Type, string[]> Required = new()
    {
        [typeof(Update)] = ["update_id"],
        [typeof(Message)] = ["message_id", "chat"],
        [typeof(Chat)] = ["id", "type"],
        [typeof(User)] = ["id"],
        [typeof(CallbackQuery)] = ["id", "from"],
        [typeof(ChatMemberUpdated)] = ["chat", "from", "new_chat_member"],
        [typeof(Contact)] = ["phone_number"],
    };

    private static JsonSerializerOptions Configured(IJsonTypeInfoResolver? resolver)
    {
        var options = new JsonSerializerOptions();
        JsonBotAPI.Configure(options);
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        if (resolver is not null)
        {
            options.TypeInfoResolver = resolver;
            // A property's "no null" is enforced only with this on; the modifier decides which properties have one.
            options.RespectNullableAnnotations = true;
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void RequireWhatTheBotReads(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        var names = Required.GetValueOrDefault(type.Type, []);
        foreach (var property in type.Properties)
        {
            var required = names.Contains(property.Name);
            property.IsRequired |= required;
            // Everything else stays as lenient as the library reads it.
            var canHoldNull = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            property.IsSetNullable = canHoldNull && !required;
        }
    }
}
