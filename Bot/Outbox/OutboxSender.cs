namespace ClubBot.Outbox;

/// <summary>At start, queues what a previous run left unsent; at stop, lets the lanes finish recording what was sent (the rest stays pending).</summary>
internal sealed class OutboxSender(OutboxQueue queue, OutboxStore store, ILogger<OutboxSender> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        // Runs before the update sources start, so nothing new is posted while the backlog is read.
        var backlog = await store.LoadPendingAsync(ct);
        if (backlog.Count > 0)
            log.LogInformation("Resuming {Count} unsent messages", backlog.Count);
        queue.Post(backlog);
    }

    public Task StopAsync(CancellationToken ct) => queue.StopAsync(ct);
}
