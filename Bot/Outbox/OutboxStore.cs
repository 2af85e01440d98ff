using ClubBot.People;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Outbox;

/// <summary>The sender's reads and writes: one statement each, no change tracking.</summary>
public sealed class OutboxStore(IServiceScopeFactory scopes, TimeProvider time)
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
        await Reachability.MarkUnreachableAsync(db, chatId, time.GetUtcNow().UtcDateTime, ct);
    }

    private async Task FinishAsync(OutboxMessage m, OutboxState state, string? error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var attempts = m.Attempts;
        await db.Set<OutboxMessage>().Where(x => x.Id == m.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.State, state)
            .SetProperty(x => x.FinishedAt, now)
            .SetProperty(x => x.Attempts, attempts)
            .SetProperty(x => x.LastError, error), ct);
    }
}
