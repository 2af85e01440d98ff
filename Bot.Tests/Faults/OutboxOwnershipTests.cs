using ClubBot.Outbox;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Faults;

/// <summary>
/// Instances sharing a database send only their own messages, and take over a stopped one's once its lease runs
/// out, or at once when the owner is provably gone (its liveness lock is free).
/// </summary>
public sealed class OutboxOwnershipTests : FakeBotApiTest
{
    private const string Secret = "owner-secret";

    [PostgresFact]
    public async Task SecondInstanceStarting_DoesNotResendTheFirstsPendingReplies_ButTakesThemOverWhenTheFirstStops()
    {
        using var database = new PostgresDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Sender:LeaseSeconds"] = "2",
        };
        var chats = Enumerable.Range(1901, 10).Select(i => (long)i).ToList();
        Api.AddRule(new FakeRule("sendMessage", FakeReply.TooManyRequests(30), Times: chats.Count));

        var first = await BotUnderTest.StartAsync(Api, settings: settings);
        foreach (var chat in chats)
            await PostAsync(first, chat, 95000 + chat);
        await Api.WaitForAsync(c => c.Method == "sendMessage" && c.Status == 429, chats.Count);

        await using var second = await BotUnderTest.StartAsync(Api, settings: settings);
        // Its start has read the outbox by now: nothing of the first instance's may be in its queue.
        Assert.Equal(0, second.App.Services.GetRequiredService<SendStage>().Pending);
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("unsent messages", StringComparison.Ordinal));

        // The first instance goes away while its replies wait out the 429; the second must send each one, once.
        await first.DisposeAsync();
        foreach (var chat in chats)
            await Api.WaitForMessagesAsync(chat, timeout: TimeSpan.FromSeconds(15));
        await second.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent));
        Assert.All(chats, chat => Assert.Single(Api.Sent(chat)));
        // Leases run out row by row, so the take-over may come in more than one round; together it took all ten.
        var taken = second.Logs.Lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"Took over (\d+) unsent messages"))
            .Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(chats.Count, taken);
    }

    [PostgresFact]
    public async Task ADeadOwnersRows_AreSentAtStart_BeforeTheirLeaseRunsOut_WhileALiveOwnersWaitUntilItIsGone()
    {
        using var database = new PostgresDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sender:LeaseSeconds"] = "15",
        };
        await (await BotUnderTest.StartAsync(Api, settings: settings)).DisposeAsync();
        const string Dead = "gone-host/4242/dead";
        const string Live = "other-host/4343/live";
        await using var alive = new Npgsql.NpgsqlConnection(database.ConnectionString + ";Pooling=false");
        await alive.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({OwnerLiveness.LockSpace}, hashtext('{Live}'))", alive))
            await take.ExecuteNonQueryAsync();
        // Both leases run for another hour: only the owners' liveness tells them apart.
        await using (var seed = new PostgresSeed(database.ConnectionString))
        {
            foreach (var chat in new long[] { 2101, 2102, 2103 })
                await seed.PendingAsync(chat, $"от ушедшего {chat}", Dead);
            // Bulk, so that waiting for a chat's replies does not wait for it.
            await seed.PendingAsync(2104, "от живого", Live, OutboxPriority.Bulk);
        }

        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings);
        // A person writing at once is answered after what the dead instance owed them, not before.
        await new TestChat(Api, bot, 2101).SendAsync("/start");
        Assert.Equal("от ушедшего 2101", Api.Sent(2101)[0].Text);
        Assert.True(Api.Sent(2101).Count >= 2, "the answer to /start came too");
        foreach (var chat in new long[] { 2102, 2103 })
            Assert.Equal($"от ушедшего {chat}", Assert.Single(await Api.WaitForMessagesAsync(chat)).Text);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Resuming 3 unsent messages", StringComparison.Ordinal));
        Assert.Empty(Api.Sent(2104));

        await alive.CloseAsync();
        Assert.Equal("от живого", Assert.Single(await Api.WaitForMessagesAsync(2104, timeout: TimeSpan.FromSeconds(30))).Text);
    }

    /// <summary>Pending outbox rows written as another instance left them.</summary>
    private sealed class PostgresSeed(string connectionString) : IAsyncDisposable
    {
        private readonly Npgsql.NpgsqlDataSource _source = Npgsql.NpgsqlDataSource.Create(connectionString);

        public async Task PendingAsync(long chat, string text, string owner, OutboxPriority priority = OutboxPriority.Reply)
        {
            await using var insert = _source.CreateCommand("""
                INSERT INTO "OutboxMessages" ("ChatId", "Priority", "Method", "Payload", "CreatedAt", "State", "Attempts", "Owner", "LeaseUntil")
                VALUES ($1, $4, 'sendMessage', $2, now(), 0, 0, $3, now() + interval '1 hour')
                """);
            insert.Parameters.AddWithValue(chat);
            insert.Parameters.AddWithValue(System.Text.Json.JsonSerializer.Serialize(new { chat_id = chat, text }));
            insert.Parameters.AddWithValue(owner);
            insert.Parameters.AddWithValue((int)priority);
            await insert.ExecuteNonQueryAsync();
        }

        public ValueTask DisposeAsync() => _source.DisposeAsync();
    }

    private static async Task PostAsync(BotUnderTest bot, long chat, long updateId)
    {
        var update = Updates.Text(chat, "привет");
        update["update_id"] = updateId;
        Assert.Equal(System.Net.HttpStatusCode.OK, await WebhookPost.SendAsync(bot.Url, update.ToJsonString(), Secret));
    }
}
