using System.Text.Json;
using Telegram.Bot.Types;

namespace ClubBot.Transport;

/// <summary>What one getUpdates call brought: the updates that parsed, and those that did not (kept raw).</summary>
public sealed record UpdateBatch(IReadOnlyList<ReceivedUpdate> Updates, IReadOnlyList<PoisonUpdate> Poison)
{
    /// <summary>The offset that confirms the whole batch, or null when it held nothing with an id.</summary>
    public long? NextOffset =>
        Updates.Select(u => (long)u.Update.Id).Concat(Poison.Select(p => p.UpdateId)).DefaultIfEmpty(-1).Max() is var last and >= 0 ? last + 1 : null;
}

/// <summary>An update the bot cannot read: stored as it came, logged once, never handled. The library has no such type.</summary>
public sealed record PoisonUpdate(long UpdateId, string Raw, string Error);

/// <summary>
/// An update as read, with the JSON it came as. The inbox stores the JSON Telegram sent rather than the
/// library's rewrite of it: the library cannot write every shape it reads (a sticker without a type, say).
/// </summary>
public sealed record ReceivedUpdate(Update Update, string Raw)
{
    /// <summary>An update made here (the terminal, a test), written as the library writes it.</summary>
    public static ReceivedUpdate Made(Update update) => new(update, JsonSerializer.Serialize(update, BotJson.Write));
}
