using ClubBot.Outbox;
using ClubBot.Pipeline;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.EndToEnd;

public sealed class CrashRecoveryTests : FakeBotApiTest
{
    private static readonly long[] Chats = [601, 602, 603];
    [Fact]
    public async Task KilledWhileRepliesWereInFlight_EachReplyIsSentExactlyOnceAfterRestart()
    {
        using var database = new TestDatabase();
        Api.AddRule(new FakeRule("sendMessage", FakeReply.Slow(TimeSpan.FromMinutes(5))));
        using (var process = BotProcess.Start(new Dictionary<string, string?>
        {
            ["Telegram__Token"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = Api.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "5",
            ["Storage__ConnectionString"] = database.ConnectionString,
            ["Http__Urls"] = "http://127.0.0.1:0",
        }))
        {
            foreach (var chat in Chats)
                Api.Push(Updates.Text(chat, "привет"));
            await WaitForSqliteAsync(database, "SELECT COUNT(*) FROM InboxUpdates WHERE HandledAt IS NOT NULL", 3, process);
            await WaitForSqliteAsync(database, "SELECT COUNT(*) FROM OutboxMessages WHERE State = 0", 3, process);
            process.Kill();
        }

        Api.ClearRules();
        await using var bot = await BotUnderTest.StartAsync(Api, database);
        foreach (var chat in Chats)
            await Api.WaitForMessagesAsync(chat);
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent));

        foreach (var chat in Chats)
            Assert.Single(Api.Sent(chat));
        Assert.Equal(3, await bot.QueryAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task StoppedAfterStoringUpdatesBeforeHandlingThem_HandlesEachOnceOnRestart()
    {
        using var database = new TestDatabase();
        await (await BotUnderTest.StartAsync(Api, database)).DisposeAsync(); // creates the schema

        // As if the process died right after the inbox commit: stored, not handled, not confirmed to Telegram,
        // which therefore delivers them again.
        await using (var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(database.ConnectionString).Options))
        {
            foreach (var chat in Chats)
            {
                var update = Updates.Text(chat, "привет");
                var id = Api.Push(update);
                db.Add(new InboxUpdate { UpdateId = id, ChatId = chat, Payload = update.ToJsonString(), ReceivedAt = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        await using var bot = await BotUnderTest.StartAsync(Api, database);
        foreach (var chat in Chats)
            await Api.WaitForMessagesAsync(chat);
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent));

        foreach (var chat in Chats)
            Assert.Single(Api.Sent(chat));
    }

    private static async Task WaitForSqliteAsync(TestDatabase database, string countQuery, long expected, BotProcess process)
    {
        // Generous: a Debug bot process starting on two cores shared with another CI run took over 30 s once.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            try
            {
                await using var connection = new SqliteConnection(database.ConnectionString + ";Mode=ReadOnly;Pooling=False");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = countQuery;
                if ((long)(await command.ExecuteScalarAsync())! >= expected)
                    return;
            }
            catch (SqliteException)
            {
                // The bot has not created its tables yet.
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"'{countQuery}' never reached {expected}. Bot output:\n{process.Output}");
            await Task.Delay(50);
        }
    }
}
