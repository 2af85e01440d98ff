using ClubBot.People;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Outbox;

/// <summary>The sender's reads and writes: one statement each, no change tracking.</summary>
public sealed class OutboxStore(IServiceScopeFactory scopes, TimeProvider time, WriteGate gate, OutboxMarks marks, OutboxOwner owner)
{
    /// <summary>Extends the lease on the unsent rows this instance owns.</summary>
    public async Task RenewAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        using var turn = await gate.EnterAsync(ct);
        await db.Set<OutboxMessage>().Where(m => m.State == OutboxState.Pending && m.Owner == owner.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, now + owner.Lease), ct);
    }

    /// <summary>
    /// Makes up to <paramref name="max"/> unsent rows of other instances ours, oldest first, and returns them:
    /// rows whose lease ran out, or with <paramref name="ignoreLeases"/> (one process per SQLite file) any.
    /// </summary>
    public async Task<List<OutboxMessage>> ClaimAsync(int max, bool ignoreLeases, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var orphans = db.Set<OutboxMessage>().Where(m => m.State == OutboxState.Pending && m.Owner != owner.Id
            && (ignoreLeases || m.LeaseUntil == null || m.LeaseUntil < now));
        var ids = await orphans.OrderBy(m => m.Id).Select(m => m.Id).Take(max).ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        using (await gate.EnterAsync(ct))
        {
            // The condition is checked again as the rows are written: when two instances reach for the same
            // rows, PostgreSQL lets only the first update count and the other finds them taken.
            await orphans.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Owner, owner.Id).SetProperty(m => m.LeaseUntil, now + owner.Lease), ct);
        }

        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.Owner == owner.Id && m.State == OutboxState.Pending).OrderBy(m => m.Id).ToListAsync(ct);
    }

    public Task MarkSentAsync(OutboxMessage m, CancellationToken ct) => FinishAsync(m, OutboxState.Sent, null, ct);

    public Task MarkDroppedAsync(OutboxMessage m, string? error, CancellationToken ct) => FinishAsync(m, OutboxState.Dropped, error, ct);

    public async Task MarkUnreachableAsync(long chatId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        using var turn = await gate.EnterAsync(ct);
        await Reachability.MarkUnreachableAsync(db, chatId, time.GetUtcNow().UtcDateTime, ct);
    }

    private Task FinishAsync(OutboxMessage m, OutboxState state, string? error, CancellationToken ct) =>
        marks.FinishAsync(m.Id, state, m.Attempts, error, time.GetUtcNow().UtcDateTime);
}
