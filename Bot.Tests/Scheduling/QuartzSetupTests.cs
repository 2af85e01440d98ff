using ClubBot.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ClubBot.Tests.Scheduling;

/// <summary>Quartz schedules every piece of due work: in memory on SQLite, in the bot's own database, clustered, on PostgreSQL.</summary>
public sealed class QuartzSetupTests : FakeBotApiTest
{
    [Fact]
    public async Task OnSqlite_EveryPieceOfDueWorkIsScheduled_InQuartzsRamStore()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "true" });

        var scheduler = await bot.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        // Every piece of due work the bot has, found by its type rather than listed here, has its trigger, and each
        // trigger runs one of them: due work added later cannot be left unscheduled.
        var dueWork = typeof(ClubBot.Scheduling.IDueWork).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ClubBot.Scheduling.IDueWork).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(dueWork);
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup());
        Assert.Equal(dueWork.Select(t => t.Name).Order(StringComparer.Ordinal), triggers.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(dueWork, t => Assert.NotNull(bot.App.Services.GetService(t)));
        var metadata = await scheduler.GetMetadata();
        // One process on SQLite shares nothing: the triggers are made again at every start, and no QRTZ_ tables are written.
        Assert.False(metadata.JobStorePersistent);
        Assert.False(metadata.JobStoreClustered);
        await using var connection = new SqliteConnection(bot.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND upper(name) LIKE 'QRTZ_%'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [PostgresFact]
    public async Task OnPostgres_TheStoreIsClustered_SoEachTriggerFiresOnOneInstance()
    {
        using var database = new PostgresDatabase();
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Scheduling:Enabled"] = "true",
        });

        var scheduler = await bot.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();
        Assert.True(metadata.JobStorePersistent);
        Assert.True(metadata.JobStoreClustered);
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("ActivityReminders")));
    }
}
