using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClubBot.Tests.Faults;

/// <summary>
/// kill -9 while a group transaction is written but not committed: nothing of the batch is kept or said, and
/// after a restart every update of it is handled exactly once.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class KillDuringGroupCommitTests(ITestOutputHelper output) : FakeBotApiTest
{
    private const int Chats = 40;

    [Fact]
    public async Task KilledInsideAGroupTransaction_NothingOfItIsKeptOrSent_AndARestartHandlesEachUpdateOnce()
    {
        using var database = new TestDatabase();
        for (var chat = 0; chat < Chats; chat++)
            Api.Push(Updates.Text(40_000 + chat, "/start"));

        using (var process = BotProcess.StartHoldingGroupCommits(new Dictionary<string, string?>
        {
            ["Telegram__Token"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = Api.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "1",
            ["Storage__ConnectionString"] = database.ConnectionString,
            ["Http__Urls"] = "http://127.0.0.1:0",
            ["Scheduling__Enabled"] = "false",
            // Gather the updates into one transaction; the host's witness then holds it open until the kill.
            ["Pipeline__CommitWaitMilliseconds"] = "100",
        }))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.Output.Contains("Holding a transaction of", StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, $"The bot never began a group transaction. Output:\n{process.Output}");
                await Task.Delay(10);
            }

            process.Kill();
            output.WriteLine(process.Output.Split('\n').First(l => l.Contains("Holding", StringComparison.Ordinal)).Trim());
        }

        using (var db = database.Open())
        {
            Assert.Equal(0, await db.Set<InboxUpdate>().CountAsync(u => u.HandledAt != null));
            Assert.Equal(0, await db.Set<Person>().CountAsync());
            Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync());
        }

        Assert.DoesNotContain(Api.Calls, c => c.Method == "sendMessage");

        await using var bot = await BotUnderTest.StartAsync(Api, database, new Dictionary<string, string?> { ["Telegram:PollingTimeoutSeconds"] = "1" });
        await bot.WaitUntilAsync(async db => await db.Set<InboxUpdate>().CountAsync(u => u.HandledAt != null) == Chats, TimeSpan.FromSeconds(60));
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent), TimeSpan.FromSeconds(60));

        Assert.Equal(Chats, await bot.QueryAsync(db => db.Set<Person>().CountAsync()));
        var stored = await bot.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Method == "sendMessage"));
        var sent = Api.Calls.Count(c => c.Method == "sendMessage" && c.Succeeded);
        Assert.Equal(stored, sent);
        var perChat = Api.Calls.Where(c => c.Method == "sendMessage" && c.Succeeded).GroupBy(c => c.ChatId).Select(g => g.Count()).Distinct().ToList();
        Assert.Single(perChat);
    }
}
