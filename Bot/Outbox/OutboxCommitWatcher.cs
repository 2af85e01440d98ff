using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClubBot.Outbox;

/// <summary>
/// Keeps the outbox rows an <see cref="OutboxWriter"/> queued until their context saves, and hands them to the
/// sender once they are committed: right after SaveChanges, or, inside an explicit transaction, when it commits.
/// Rows of a rolled-back transaction are forgotten.
/// </summary>
public sealed class OutboxCommitWatcher(IOutboxPost queue) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _unsaved = [];
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _uncommitted = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A row to store with <paramref name="context"/>'s next save.</summary>
    internal void Queue(DbContext context, OutboxMessage row)
    {
        var list = _unsaved.GetOrCreateValue(context);
        lock (list)
            list.Add(row);
    }

    /// <summary>The rows queued for <paramref name="context"/> and not yet saved; the caller stores them.</summary>
    internal List<OutboxMessage> TakeUnsaved(DbContext context)
    {
        if (!_unsaved.TryGetValue(context, out var list))
            return [];
        lock (list)
        {
            List<OutboxMessage> rows = [.. list];
            list.Clear();
            return rows;
        }
    }

    /// <summary>
    /// Forgets what the scope queued and never saved (its unit of work failed). Contexts are pooled: without this
    /// a failed attempt's replies would be stored by whichever scope gets the context next.
    /// </summary>
    internal void DropUnsaved(DbContext context)
    {
        if (_unsaved.TryGetValue(context, out var list))
            lock (list)
                list.Clear();
    }

    // SaveChanges stores the queued rows like any other added entity, and they are sent once committed.
    private void Collect(DbContext? context)
    {
        if (context is null)
            return;
        var rows = TakeUnsaved(context);
        if (rows.Count == 0)
            return;
        context.AddRange(rows);
        Track(context, rows);
    }

    /// <summary>Rows stored for <paramref name="context"/>, sent when its transaction commits.</summary>
    internal void Track(DbContext context, List<OutboxMessage> rows)
    {
        if (rows.Count == 0)
            return;
        var list = _uncommitted.GetOrCreateValue(context);
        lock (list)
            list.AddRange(rows);
    }

    private void AfterSave(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
            Release(context);
    }

    /// <summary>Sends what <paramref name="context"/> saved, once the transaction it joined has committed.</summary>
    internal void Release(DbContext? context)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out var list))
            return;
        OutboxMessage[] ready;
        lock (list)
        {
            // EF commits its own transaction around SaveChanges before the generated ids are surely on the
            // entities; a row posted without its id could never be marked sent (found under load: a reply sent,
            // then left pending forever). Rows still without an id go when SavedChanges follows.
            ready = [.. list.Where(m => m.Id != 0)];
            list.RemoveAll(m => m.Id != 0);
        }

        if (ready.Length > 0)
            queue.Post(ready);
    }

    /// <summary>Drops what <paramref name="context"/> saved in a transaction that did not commit.</summary>
    internal void Forget(DbContext? context)
    {
        if (context is not null && _uncommitted.TryGetValue(context, out var list))
            lock (list)
                list.Clear();
    }
}
