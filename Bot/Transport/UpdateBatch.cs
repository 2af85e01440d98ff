using Telegram.Bot.Types;

namespace ClubBot.Transport;

/// <summary>What one getUpdates call brought: the updates that parsed, and those that did not (kept raw).</summary>
public sealed record UpdateBatch(IReadOnlyList<Update> Updates, IReadOnlyList<PoisonUpdate> Poison)
{
    /// <summary>The offset that confirms the whole batch, or null when it held nothing with an id.</summary>
    public long? NextOffset =>
        Updates.Select(u => (long)u.Id).Concat(Poison.Select(p => p.UpdateId)).DefaultIfEmpty(-1).Max() is var last and >= 0 ? last + 1 : null;
}

/// <summary>An update the bot cannot read: stored as it came, logged once, never handled. The library has no such type.</summary>
public sealed record PoisonUpdate(long UpdateId, string Raw, string Error);
