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
        var until = time.GetUtcNow().UtcDateTime + owner.Lease;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (db.Database.IsNpgsql())
        {
            // Rows being marked sent right now are skipped rather than waited for: renewing hundreds of rows while
            // the sender marks them in another order would otherwise deadlock, and a finishing row needs no lease.
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE "OutboxMessages" SET "LeaseUntil" = {0}
                WHERE "Id" IN (SELECT "Id" FROM "OutboxMessages" WHERE "State" = 0 AND "Owner" = {1} FOR UPDATE SKIP LOCKED)
                """, [until, owner.Id], ct);
            return;
        }

        using var turn = await gate.EnterAsync(ct);
        await db.Set<OutboxMessage>().Where(m => m.State == OutboxState.Pending && m.Owner == owner.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, until), ct);
    }

    /// <summary>
    /// Makes up to <paramref name="max"/> unsent rows of other instances ours, oldest first, and returns them:
    /// rows whose lease ran out or whose owner is provably gone, or with <paramref name="ignoreLeases"/> (one process
    /// per SQLite file) any.
    /// </summary>
    public async Task<List<OutboxMessage>> ClaimAsync(int max, bool ignoreLeases, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        List<long> ids;
        if (db.Database.IsNpgsql())
        {
            // Rows another instance is claiming at this moment are left to it (SKIP LOCKED), so two instances
            // reaching for the same orphans neither deadlock nor both win. An owner whose liveness lock is free is
            // dead (OwnerLiveness): its rows are taken at once, lease or not.
            ids = await db.Database.SqlQueryRaw<long>("""
                UPDATE "OutboxMessages" SET "Owner" = {0}, "LeaseUntil" = {1}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "State" = 0 AND ("Owner" IS NULL OR "Owner" <> {0})
                        AND ({2} OR "LeaseUntil" IS NULL OR "LeaseUntil" < {3} OR NOT EXISTS (
                            SELECT 1 FROM pg_locks l
                            WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                                AND l.classid = {5} AND l.objid = hashtext("Owner")::oid AND l.objsubid = 2))
                    ORDER BY "Id" LIMIT {4} FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """, owner.Id, now + owner.Lease, ignoreLeases, now, max, OwnerLiveness.LockSpace).ToListAsync(ct);
        }
        else
        {
            var orphans = db.Set<OutboxMessage>().Where(m => m.State == OutboxState.Pending && m.Owner != owner.Id
                && (ignoreLeases || m.LeaseUntil == null || m.LeaseUntil < now));
            ids = await orphans.OrderBy(m => m.Id).Select(m => m.Id).Take(max).ToListAsync(ct);
            if (ids.Count == 0)
                return [];
            using var turn = await gate.EnterAsync(ct);
            await orphans.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Owner, owner.Id).SetProperty(m => m.LeaseUntil, now + owner.Lease), ct);
        }

        if (ids.Count == 0)
            return [];
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
