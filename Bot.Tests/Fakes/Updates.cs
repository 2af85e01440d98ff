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
