using System.Text.Json.Nodes;

namespace ClubBot.Tests.Fakes;

/// <summary>Builds the JSON of updates as Telegram sends them.</summary>
public static class Updates
{
    private static long _messageId = 1000;

    public static JsonObject User(long id, string name = "Анна") =>
        new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = name, ["language_code"] = "ru" };

    public static JsonObject Chat(long id, string name = "Анна") =>
        new() { ["id"] = id, ["type"] = "private", ["first_name"] = name };

    public static JsonObject Text(long chatId, string text) => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = Chat(chatId),
            ["from"] = User(chatId),
            ["text"] = text,
        },
    };

    /// <summary>A message of any kind: <paramref name="content"/> holds its fields (sticker, photo, contact …).</summary>
    public static JsonObject Message(long chatId, JsonObject content)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = Chat(chatId),
            ["from"] = User(chatId),
        };
        foreach (var (key, value) in content)
            message[key] = value?.DeepClone();
        return new JsonObject { ["message"] = message };
    }

    public static JsonObject Contact(long chatId, string phone, long? ownerId) => Message(chatId, new JsonObject
    {
        ["contact"] = new JsonObject { ["phone_number"] = phone, ["first_name"] = "Анна", ["user_id"] = ownerId },
    });

    public static JsonObject Sticker(long chatId) => Message(chatId, new JsonObject
    {
        ["sticker"] = new JsonObject { ["file_id"] = "st1", ["file_unique_id"] = "u1" },
    });

    public static JsonObject Photo(long chatId) => Message(chatId, new JsonObject
    {
        ["photo"] = new JsonArray(new JsonObject { ["file_id"] = "ph1", ["file_unique_id"] = "u2", ["width"] = 90, ["height"] = 90 }),
    });

    public static JsonObject Voice(long chatId) => Message(chatId, new JsonObject
    {
        ["voice"] = new JsonObject { ["file_id"] = "vo1", ["file_unique_id"] = "u3", ["duration"] = 3 },
    });

    public static JsonObject Location(long chatId) => Message(chatId, new JsonObject
    {
        ["location"] = new JsonObject { ["latitude"] = 52.1, ["longitude"] = 104.3 },
    });

    public static JsonObject Callback(long chatId, string data, long messageId = 1) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cq{Interlocked.Increment(ref _messageId)}",
            ["from"] = User(chatId),
            ["chat_instance"] = $"ci{chatId}",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = Chat(chatId),
                ["text"] = "…",
            },
        },
    };

    public static JsonObject Blocked(long chatId) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = Chat(chatId),
            ["from"] = User(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = User(1, "Бот") },
            ["new_chat_member"] = new JsonObject { ["status"] = "kicked", ["user"] = User(1, "Бот") },
        },
    };
}
