using ClubBot.People;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Outbox;

/// <summary>The sender's reads and writes: one statement each, no change tracking.</summary>
public sealed class OutboxStore(IServiceScopeFactory scopes, TimeProvider time, WriteGate gate, OutboxMarks marks)
{
    public async Task<List<OutboxMessage>> LoadPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.State == OutboxState.Pending).OrderBy(m => m.Id).ToListAsync(ct);
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
