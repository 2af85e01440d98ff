using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClubBot.Outbox;

/// <summary>
/// Hands outbox rows to the sender once they are committed: right after SaveChanges, or, inside an explicit
/// transaction, when it commits. Rows of a rolled-back transaction are forgotten.
/// </summary>
public sealed class OutboxCommitWatcher(IOutboxPost queue) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
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

    private void Collect(DbContext? context)
    {
        if (context is null)
            return;
        var list = _uncommitted.GetOrCreateValue(context);
        lock (list)
            list.AddRange(Added(context).Select(e => e.Entity));
    }

    /// <summary>
    /// The outbox rows added to <paramref name="context"/> and not yet saved. They are only ever added with Add, so
    /// they are Added already: scanning every tracked entity for changes (which Entries does by default) would
    /// repeat the scan SaveChanges makes right after.
    /// </summary>
    internal static List<EntityEntry<OutboxMessage>> Added(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. tracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added)];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Rows written for <paramref name="context"/> outside SaveChanges (<see cref="OutboxInsert"/>), sent when its transaction commits.</summary>
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
