using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Pipeline;

/// <summary>One update being handled: its unit of work, the person behind it, and the way to answer.</summary>
public sealed class UpdateContext(Update update, long chatId, BotDbContext db, OutboxWriter outbox, DateTime now)
{
    public Update Update { get; } = update;

    public long ChatId { get; } = chatId;

    public BotDbContext Db { get; } = db;

    public OutboxWriter Outbox { get; } = outbox;

    /// <summary>The time the handling started (UTC).</summary>
    public DateTime Now { get; } = now;

    /// <summary>Who sent the update, known to the bot from the first update on.</summary>
    public Person? Person { get; set; }

    /// <summary>A short notice shown on top of the chat when a button was pressed; null answers silently.</summary>
    public string? CallbackAnswer { get; set; }

    /// <summary>The text of a message, trimmed, or null.</summary>
    public string? Text => Update.Message?.Text?.Trim();

    private WriteGate? _gate;
    private WriteGate.Turn? _held;

    /// <summary>True when <see cref="LockAsync"/> has begun the transaction and holds the writer's turn.</summary>
    public bool HoldsLock => _held is not null;

    internal void UseGate(WriteGate gate) => _gate = gate;

    /// <summary>
    /// Serialises this update with every other one locking the same <paramref name="key"/> until it commits, so
    /// a check like "is a seat free?" and the write that follows cannot interleave with another person's.
    /// </summary>
    public async Task LockAsync(long key, CancellationToken ct = default)
    {
        if (_held is null && _gate is not null)
            _held = await _gate.LockAsync(Db, key, ct);
        else if (_gate is not null && Db.Database.IsNpgsql())
            await Db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [key], ct);
    }

    /// <summary>
    /// Writes what is pending now, inside this update's transaction (begun here if need be), so that generated
    /// ids — a request's number — are known while the update is still being handled. It all commits together.
    /// </summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        if (_held is null && _gate is not null)
            _held = await _gate.LockAsync(Db, null, ct);
        await Db.SaveChangesAsync(ct);
    }

    internal void ReleaseLock()
    {
        _held?.Dispose();
        _held = null;
    }

    /// <summary>Queues a reply in this unit of work; it is sent after the handling commits.</summary>
    public void Reply(string text, ReplyMarkup? markup = null) => Outbox.SendText(ChatId, text, markup);
}
