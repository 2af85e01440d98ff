using ClubBot.Storage;
using Quartz;

namespace ClubBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz: on PostgreSQL with its persistent, clustered store in the application's database (tables provisioned at
    /// start), so each trigger fires on one instance; on SQLite with its RAM store. Every registered <see cref="IDueWork"/> gets a recurring trigger.
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

        // On PostgreSQL the persistent store is what lets several instances share the triggers (each fires on one).
        // On SQLite there is one instance and nothing to share: every trigger is a fixed recurring poll re-made at
        // start, and due work keeps its own state in our tables, so Quartz's RAM store loses nothing and spares the
        // bot its ADO machinery (about 10 MB, and a write transaction per poll).
        if (storage.Provider == StorageProvider.Postgres)
        {
            builder.Services.AddQuartz(q => q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering(_ => { });
                store.ProvisionSchema();
            }));
        }
        else
        {
            builder.Services.AddQuartz(q => q.UseInMemoryStore());
        }

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
