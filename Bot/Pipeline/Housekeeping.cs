using ClubBot.Outbox;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Pipeline;

/// <summary>Once an hour removes handled updates and finished outbox rows older than the keeping time.</summary>
internal sealed class Housekeeping(IServiceScopeFactory scopes, IOptions<PipelineOptions> options, TimeProvider time, WriteGate gate, ILogger<Housekeeping> log) : BackgroundService
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
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepHandledDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        using var turn = await gate.EnterAsync(ct);
        await db.Set<InboxUpdate>().Where(u => u.HandledAt != null && u.HandledAt < cutoff).ExecuteDeleteAsync(ct);
        await db.Set<OutboxMessage>().Where(m => m.State != OutboxState.Pending && m.FinishedAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
