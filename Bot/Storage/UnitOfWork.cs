using System.Data.Common;
using ClubBot.Outbox;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClubBot.Storage;

/// <summary>
/// One scope's changes and the messages they speak, committed together and explicitly: the entity changes through
/// EF, the outbox rows with one prepared statement beside them (tracking every reply only to stop tracking it again
/// cost a twentieth of an update's CPU). Rows reach the sender only after their transaction has committed, so a
/// rolled-back change never speaks; a scope that never commits drops its rows with it. The pipeline's commit stage
/// writes a unit inside a shared transaction (<see cref="WriteAsync"/>, then <see cref="Committed"/>); other work
/// (due work, the console) calls <see cref="CommitAsync"/>.
/// </summary>
public sealed class UnitOfWork(BotDbContext db, WriteGate gate, IOutboxPost sender)
{
    private readonly List<OutboxMessage> _queued = [];
    private readonly List<OutboxMessage> _written = [];

    public BotDbContext Db { get; } = db;

    /// <summary>A row to store with this unit (<see cref="OutboxWriter"/> makes them).</summary>
    internal void Queue(OutboxMessage row) => _queued.Add(row);

    /// <summary>The rows queued and not yet written.</summary>
    internal IReadOnlyList<OutboxMessage> Queued => _queued;

    /// <summary>
    /// Writes the queued rows (they get their ids) and the tracked changes inside <paramref name="transaction"/>,
    /// which the caller commits; nothing is sent until <see cref="Committed"/>.
    /// </summary>
    public async Task WriteAsync(DbTransaction transaction, CancellationToken ct = default)
    {
        await OutboxInsert.InsertAsync(_queued, transaction);
        _written.AddRange(_queued);
        _queued.Clear();
        // Most updates change no entity at all (the session and the person's touch are plain statements); an empty
        // SaveChanges still walks EF's whole update pipeline.
        if (Db.ChangeTracker.HasChanges())
            await Db.SaveChangesAsync(ct);
    }

    /// <summary>Writes what is pending inside the transaction the unit's context holds, so generated ids are known now.</summary>
    public Task FlushAsync(CancellationToken ct = default) =>
        WriteAsync(Db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Flushing needs the unit's transaction."), ct);

    /// <summary>The transaction that carried <see cref="WriteAsync"/> has committed: the rows go to the sender.</summary>
    public void Committed()
    {
        if (_written.Count > 0)
            sender.Post([.. _written]);
        _written.Clear();
    }

    /// <summary>The transaction did not commit: the rows it carried were never stored and are forgotten.</summary>
    public void RolledBack() => _written.Clear();

    /// <summary>
    /// Commits the unit on its own: in the transaction the context holds (whose writer's turn the caller has), or in
    /// a new one with the writer's turn taken here.
    /// </summary>
    public async Task CommitAsync(CancellationToken ct = default)
    {
        try
        {
            if (Db.Database.CurrentTransaction is { } open)
            {
                await WriteAsync(open.GetDbTransaction(), ct);
                await open.CommitAsync(ct);
            }
            else
            {
                using var turn = await gate.EnterAsync(ct);
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                await WriteAsync(transaction.GetDbTransaction(), ct);
                await transaction.CommitAsync(ct);
            }
        }
        catch
        {
            RolledBack();
            throw;
        }

        Committed();
    }
}
