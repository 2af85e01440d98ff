using ClubBot.Storage;
using Microsoft.Extensions.Options;

namespace ClubBot.Outbox;

/// <summary>
/// Keeps the sender fed with rows no running instance is sending: at start what a previous run left unsent, later
/// what an instance that died leaves behind (at once on PostgreSQL, where <see cref="OwnerLiveness"/> proves it
/// dead; else once its lease runs out). Renews the leases on this instance's own rows.
/// At stop, lets the lanes finish recording what was sent; the rest stays pending for whoever comes next.
/// </summary>
internal sealed class OutboxLeases(
    SendStage queue,
    OutboxStore store,
    OutboxOwner owner,
    OwnerLiveness liveness,
    IOptions<SenderOptions> sender,
    IOptions<StorageOptions> storage,
    ILogger<OutboxLeases> log) : IHostedService
{
    private const int Page = 200;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    // One process per SQLite file: whatever is pending there was left by an earlier run of this same bot.
    private bool IgnoreLeases => storage.Value.Provider == StorageProvider.Sqlite;

    public async Task StartAsync(CancellationToken ct)
    {
        // Alive before any row is ours; then, before the update sources start, a chat's old messages (a dead
        // predecessor's too) are queued before its new ones.
        await liveness.HoldAsync(ct);
        var taken = await TakeOverAsync(ct);
        if (taken > 0)
            log.LogInformation("Resuming {Count} unsent messages", taken);
        _loop = Task.Run(() => KeepLeasesAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken ct)
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
            await _loop.WaitAsync(ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await queue.StopAsync(ct);
    }

    private async Task KeepLeasesAsync(CancellationToken ct)
    {
        // Renewal keeps pace with the machine's own clock, not the injected one: a lease says "this process is
        // alive", and a clock moved ahead by days (a test's fake clock) must not turn this into a busy loop.
        using var timer = new PeriodicTimer(owner.RenewEvery, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await liveness.HoldAsync(ct);
                    await store.RenewAsync(ct);
                    var taken = await TakeOverAsync(ct);
                    if (taken > 0)
                        log.LogInformation("Took over {Count} unsent messages that no running instance was sending", taken);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    log.LogWarning(ex, "Could not renew the outbox leases; trying again shortly");
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Claims pages of abandoned rows while the queue has room; a large backlog is read as it drains, not all at once.</summary>
    private async Task<int> TakeOverAsync(CancellationToken ct)
    {
        var taken = 0;
        while (queue.Pending < sender.Value.MaxInMemory)
        {
            var rows = await store.ClaimAsync(Math.Min(Page, sender.Value.MaxInMemory - queue.Pending), IgnoreLeases, ct);
            queue.Post(rows);
            taken += rows.Count;
            if (rows.Count < Page)
                break;
        }

        return taken;
    }
}
