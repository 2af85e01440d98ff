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
        var works = builder.Services.Where(s => s.ServiceType == typeof(DueWorkRegistration)).Select(s => (DueWorkRegistration)s.ImplementationInstance!).ToList();

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
            foreach (var work in works)
                work.Schedule(q, TimeSpan.FromSeconds(options.PollSeconds));
        });
        if (options.Enabled)
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>Registers due work; call before <see cref="AddScheduling"/>.</summary>
    public static IServiceCollection AddDueWork<TWork>(this IServiceCollection services)
        where TWork : class, IDueWork
    {
        services.AddSingleton<TWork>();
        services.AddSingleton(new DueWorkRegistration(typeof(TWork).Name, (q, every) =>
            q.ScheduleJob<DueWorkJob<TWork>>(
                trigger => trigger.WithIdentity(typeof(TWork).Name).StartNow().WithSimpleSchedule(every, null),
                job => job.WithIdentity(typeof(TWork).Name))));
        return services;
    }
}

/// <summary>A piece of due work to schedule, kept until the Quartz set-up reads it.</summary>
public sealed record DueWorkRegistration(string Name, Action<IQuartzBuilder, TimeSpan> Schedule);
