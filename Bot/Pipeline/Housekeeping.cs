using ClubBot.Outbox;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Pipeline;

/// <summary>
/// Once an hour removes handled updates and finished outbox rows older than the keeping time, and whatever the
/// features' <see cref="IPrunable"/> tables no longer need.
/// </summary>
internal sealed class Housekeeping(
    IServiceScopeFactory scopes,
    IEnumerable<IPrunable> tables,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    WriteGate gate,
    ILogger<Housekeeping> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await PruneAsync(ct);
                await Task.Delay(TimeSpan.FromHours(1), time, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Housekeeping failed; will try again in an hour");
                await Task.Delay(TimeSpan.FromHours(1), time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    internal async Task PruneAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-options.Value.KeepHandledDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        using var turn = await gate.EnterAsync(ct);
        await db.Set<InboxUpdate>().Where(u => u.HandledAt != null && u.HandledAt < cutoff).ExecuteDeleteAsync(ct);
        await db.Set<OutboxMessage>().Where(m => m.State != OutboxState.Pending && m.FinishedAt < cutoff).ExecuteDeleteAsync(ct);
        foreach (var table in tables)
            await table.PruneAsync(db, now, ct);
    }
}
