using System.Text.Json;
using Telegram.Bot.Types;

namespace ClubBot.Transport;

/// <summary>
/// Reads updates one by one, so that one update of a shape the bot cannot read (a wrong type, a missing
/// required field, an id or a status the library cannot hold) is set aside on its own instead of failing the
/// batch it came in, and with it every chat.
/// </summary>
public static class UpdateReader
{
    public static UpdateBatch ReadBatch(IEnumerable<JsonElement> elements)
    {
        var updates = new List<ReceivedUpdate>();
        var poison = new List<PoisonUpdate>();
        foreach (var element in elements)
        {
            switch (Read(element))
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
    public static (ReceivedUpdate? Update, PoisonUpdate? Poison) Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("update_id", out var idElement)
            || idElement.ValueKind != JsonValueKind.Number
            || !idElement.TryGetInt64(out var id))
            return (null, null);
        if (id is < 0 or > int.MaxValue)
            return (null, new PoisonUpdate(id, element.GetRawText(), "update_id out of range"));
        try
        {
            var update = element.Deserialize<Update>(BotJson.StrictRead);
            var problem = update is null ? "empty" : Problem(update);
            return problem is null ? (new ReceivedUpdate(update!, element.GetRawText()), null) : (null, new PoisonUpdate(id, element.GetRawText(), problem));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException or NotSupportedException or ArgumentException)
        {
            return (null, new PoisonUpdate(id, element.GetRawText(), ex.Message));
        }
    }

    /// <summary>Rules the JSON shape cannot say: an update the bot routes must say whose it is.</summary>
    private static string? Problem(Update update) =>
        update.CallbackQuery is { } query && string.IsNullOrEmpty(query.Id) ? "callback_query without an id" : null;
}
