using ClubBot.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ClubBot.Tests.Scheduling;

/// <summary>Quartz keeps its jobs in the bot's own database and schedules every piece of due work.</summary>
public sealed class QuartzSetupTests : FakeBotApiTest
{
    [Fact]
    public async Task AtStart_QuartzTablesAreProvisionedInTheBotsDatabase_AndTheRemindersJobIsScheduled()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "true" });

        var scheduler = await bot.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        foreach (var work in new[] { "ActivityReminders", "HelpReminders", "SurveyOccasions", "DailyDigest" })
            Assert.NotNull(await scheduler.GetTrigger(new TriggerKey(work)));
        var metadata = await scheduler.GetMetadata();
        Assert.True(metadata.JobStorePersistent);
        Assert.False(metadata.JobStoreClustered);
        await using var connection = new SqliteConnection(bot.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND upper(name) LIKE 'QRTZ_%'";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 10);
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
