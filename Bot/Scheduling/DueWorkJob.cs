using Quartz;

namespace ClubBot.Scheduling;

/// <summary>The one Quartz job type: it runs one <see cref="IDueWork"/> at the time the scheduler's clock says.</summary>
[DisallowConcurrentExecution]
public sealed class DueWorkJob<TWork>(TWork work, TimeProvider time, ILogger<DueWorkJob<TWork>> log) : IJob
    where TWork : IDueWork
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var done = await work.RunAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        if (done > 0)
            log.LogInformation("{Work}: {Count} done", typeof(TWork).Name, done);
    }
}
