using ClubBot.Storage;
using Quartz;

namespace ClubBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its persistent store in the application's database (tables provisioned at start), clustered on
    /// PostgreSQL so each trigger fires on one instance. Every registered <see cref="IDueWork"/> gets a recurring trigger.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section)
            .Validate(o => o.PollSeconds is >= 1 and <= 3600, "Scheduling:PollSeconds must be 1-3600.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Pipeline.IPrunable, SentNoticePruning>();
        var options = builder.Configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = SqliteFile.Anchor(storage);

        builder.Services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                if (storage.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    store.UseSqlite(connectionString);
                }

                store.ProvisionSchema();
            });
        });
        if (options.Enabled)
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>
    /// Registers due work with a recurring trigger every <c>Scheduling:PollSeconds</c>. Quartz's set-up is additive,
    /// so a feature may call this before or after <see cref="AddScheduling"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDueWork<TWork>(this IHostApplicationBuilder builder)
        where TWork : class, IDueWork
    {
        var options = builder.Configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var every = TimeSpan.FromSeconds(options.PollSeconds);
        builder.Services.AddSingleton<TWork>();
        builder.Services.AddQuartz(q => q.ScheduleJob<DueWorkJob<TWork>>(
            trigger => trigger.WithIdentity(typeof(TWork).Name).StartNow().WithSimpleSchedule(every, null),
            job => job.WithIdentity(typeof(TWork).Name)));
        return builder;
    }
}
