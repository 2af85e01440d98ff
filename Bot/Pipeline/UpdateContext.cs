using System.Data.Common;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Pipeline;

/// <summary>One update being handled: its unit of work, the person behind it, and the way to answer.</summary>
public sealed class UpdateContext(Update update, long chatId, UnitOfWork unit, OutboxWriter outbox, DateTime now)
{
    public Update Update { get; } = update;

    public long ChatId { get; } = chatId;

    /// <summary>What the update changes and says; the commit stage writes it with the inbox mark.</summary>
    public UnitOfWork Unit { get; } = unit;

    public BotDbContext Db => Unit.Db;

    public OutboxWriter Outbox { get; } = outbox;

    /// <summary>The time the handling started (UTC).</summary>
    public DateTime Now { get; } = now;

    /// <summary>Who sent the update, known to the bot from the first update on.</summary>
    public Person? Person { get; internal set; }

    /// <summary>The refresh of the person's chat, name and last-seen time, when it changed; the commit stage writes it.</summary>
    internal PersonTouch? PersonTouch { get; set; }

    /// <summary>The chat's session once read (<see cref="SessionAsync"/>); the commit stage writes it when it changed.</summary>
    internal SessionOnRecord? SessionRecord { get; private set; }

    /// <summary>A short notice shown on top of the chat when a button was pressed; null answers silently.</summary>
    public string? CallbackAnswer { get; set; }

    /// <summary>The text of a message, trimmed, or null.</summary>
    public string? Text => Update.Message?.Text?.Trim();

    /// <summary>
    /// The conversation state of <paramref name="chat"/>: this chat's own as <see cref="SessionAsync"/> has it, another's
    /// tracked by EF; null when that chat has none.
    /// </summary>
    public async Task<ConversationSession?> SessionOfAsync(long chat, CancellationToken ct = default) =>
        chat == ChatId ? await SessionAsync(ct) : await Db.Set<ConversationSession>().FindAsync([chat], ct);

    /// <summary>The chat's conversation state, read once per update on the update's connection.</summary>
    public async Task<ConversationSession> SessionAsync(CancellationToken ct = default)
    {
        SessionRecord ??= await SessionOnRecord.ReadAsync(Db.Database.GetDbConnection(), ChatId, Now, ct);
        return SessionRecord.Session;
    }

    /// <summary>
    /// Writes the hot-path rows this update refreshed (the person's touch, the session), then its unit of work, inside
    /// <paramref name="transaction"/>. The plain statements go first so that a handler's own EF change to the same
    /// columns (an erasure) has the last word.
    /// </summary>
    internal async Task WriteAsync(DbTransaction transaction)
    {
        if (PersonTouch is { } touch)
        {
            await touch.WriteAsync(transaction);
            PersonTouch = null;
        }

        if (SessionRecord is { } session)
            await session.WriteAsync(transaction);
        await Unit.WriteAsync(transaction);
    }

    private WriteGate? _gate;
    private WriteGate.Turn? _held;

    /// <summary>True when <see cref="LockAsync"/> or <see cref="FlushAsync"/> has begun the transaction and holds the writer's turn.</summary>
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
        var transaction = Db.Database.CurrentTransaction ?? await Db.Database.BeginTransactionAsync(ct);
        await WriteAsync(transaction.GetDbTransaction());
    }

    internal void ReleaseLock()
    {
        _held?.Dispose();
        _held = null;
    }

    /// <summary>Queues a reply in this unit of work; it is sent after the handling commits.</summary>
    public void Reply(string text, ReplyMarkup? markup = null) => Outbox.SendText(ChatId, text, markup);
}
