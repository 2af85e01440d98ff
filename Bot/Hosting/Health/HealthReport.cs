using ClubBot.Outbox;
using ClubBot.Storage;
using ClubBot.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace ClubBot.Hosting.Health;

/// <summary>What GET /health answers: healthy only when the database answers, updates arrive, messages leave and the scheduler runs.</summary>
public sealed record HealthReport(
    string Status,
    bool Database,
    double? SecondsSinceUpdates,
    double? OldestUnsentSeconds,
    string Scheduler,
    IReadOnlyList<string> Problems)
{
    public bool Healthy => Problems.Count == 0;

    public static async Task<HealthReport> CheckAsync(IServiceProvider sp, CancellationToken ct)
    {
        var health = sp.GetRequiredService<IOptions<HealthOptions>>().Value;
        var telegram = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var time = sp.GetRequiredService<TimeProvider>();
        var problems = new List<string>();

        var db = sp.GetRequiredService<BotDbContext>();
        double? oldest = null;
        var database = await db.Database.CanConnectAsync(ct);
        if (!database)
        {
            problems.Add("the database does not answer");
        }
        else
        {
            var created = await db.Set<OutboxMessage>().Where(m => m.State == OutboxState.Pending).MinAsync(m => (DateTime?)m.CreatedAt, ct);
            oldest = created is { } c ? Math.Max(0, (time.GetUtcNow().UtcDateTime - c).TotalSeconds) : null;
            if (oldest > health.MaxOutboxAgeSeconds)
                problems.Add($"a message has waited {oldest:F0} s to be sent (Health:MaxOutboxAgeSeconds is {health.MaxOutboxAgeSeconds})");
        }

        double? sinceUpdates = telegram.Mode == TelegramMode.Console ? null : sp.GetRequiredService<UpdateSourceHeartbeat>().SinceLast.TotalSeconds;
        // A webhook is quiet whenever nobody writes; only a poll that stopped succeeding is a fault.
        if (telegram.Mode == TelegramMode.Polling && sinceUpdates > health.MaxSecondsWithoutUpdates)
            problems.Add($"no successful getUpdates for {sinceUpdates:F0} s (Health:MaxSecondsWithoutUpdates is {health.MaxSecondsWithoutUpdates})");

        var scheduler = await SchedulerStateAsync(sp, ct);
        if (scheduler is "stopped")
            problems.Add("the scheduler is not running");

        return new HealthReport(problems.Count == 0 ? "healthy" : "unhealthy", database, sinceUpdates, oldest, scheduler, problems);
    }

    private static async Task<string> SchedulerStateAsync(IServiceProvider sp, CancellationToken ct)
    {
        if (!sp.GetRequiredService<IOptions<Scheduling.SchedulingOptions>>().Value.Enabled)
            return "off";
        var scheduler = await sp.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        return await scheduler.GetStatus(ct) switch
        {
            SchedulerStatus.Running => "running",
            // The hosted service starts it a moment after the host; not yet started is not a fault.
            SchedulerStatus.Created => "starting",
            SchedulerStatus.Unknown => "unknown",
            _ => "stopped",
        };
    }
}
