using System.Text.Json;
using ClubBot.Telegram.Types;

namespace ClubBot.Telegram;

/// <summary>
/// Reads updates one by one, so that one update of a shape the bot cannot read (a wrong type, a missing
/// required field) is set aside on its own instead of failing the batch it came in, and with it every chat.
/// </summary>
public static class UpdateParser
{
    public static UpdateBatch ParseBatch(JsonElement result)
    {
        if (result.ValueKind != JsonValueKind.Array)
            throw new JsonException("getUpdates returned something other than an array.");
        var updates = new List<Update>();
        var poison = new List<PoisonUpdate>();
        foreach (var element in result.EnumerateArray())
        {
            switch (Parse(element))
            {
                case { Update: { } update }:
                    updates.Add(update);
                    break;
                case { Poison: { } bad }:
                    poison.Add(bad);
                    break;
            }
        }

        return new UpdateBatch(updates, poison);
    }

    /// <summary>One update; neither part is set when the element has no update_id at all (nothing to confirm or store).</summary>
    public static (Update? Update, PoisonUpdate? Poison) Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("update_id", out var idElement)
            || idElement.ValueKind != JsonValueKind.Number
            || !idElement.TryGetInt64(out var id))
            return (null, null);
        try
        {
            var update = element.Deserialize<Update>(TelegramJson.Options);
            var problem = update is null ? "empty" : Problem(update);
            return problem is null ? (update, null) : (null, new PoisonUpdate(id, element.GetRawText(), problem));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return (null, new PoisonUpdate(id, element.GetRawText(), ex.Message));
        }
    }

    /// <summary>Rules the JSON shape cannot say: an update the bot routes must say whose it is.</summary>
    private static string? Problem(Update update)
    {
        if (update.CallbackQuery is { } query && string.IsNullOrEmpty(query.Id))
            return "callback_query without an id";
        if (update.UpdateId < 0)
            return "negative update_id";
        return null;
    }
}
