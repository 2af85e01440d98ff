using ClubBot.Outbox;
using ClubBot.Pipeline;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClubBot.Tests.Faults;

/// <summary>
/// kill -9 at three moments of a burst, restarting on the same database each time: every update is handled once,
/// every reply arrives, and the only messages sent twice are the ones Telegram had accepted when the process died
/// and the bot had not yet recorded (Telegram has no idempotency key, so those cannot be told apart).
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class KillDuringBurstTests(ITestOutputHelper output) : FakeBotApiTest
{
    private const int ChatCount = 200;
    // What each chat sends, and the replies a guest gets to each: the greeting and the consent; then, at the consent
    // step, a hint (or the help) with the consent asked again; at a second /start, «продолжим» and the consent.
    private static readonly (string Text, int Replies)[] Script = [("/start", 2), ("привет", 3), ("/help", 3), ("как дела?", 3), ("/start", 2)];

    [Fact]
    public async Task ThreeKillsDuringABurst_OnSqlite_LoseNothing_AndRepeatOnlyWhatWasInFlight()
    {
        using var database = new TestDatabase();
        await RunAsync(new Dictionary<string, string?> { ["Storage:ConnectionString"] = database.ConnectionString },
            () => new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(database.ConnectionString).Options));
    }

    [PostgresFact]
    public async Task ThreeKillsDuringABurst_OnPostgres_LoseNothing_AndRepeatOnlyWhatWasInFlight()
    {
        using var database = new PostgresDatabase();
        await RunAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.ConnectionString,
            // A killed instance's messages are taken over once its lease runs out; keep that short here.
            ["Sender:LeaseSeconds"] = "2",
        },
            () => new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseNpgsql(database.ConnectionString).Options));
    }

    private async Task RunAsync(Dictionary<string, string?> storage, Func<BotDbContext> open)
    {
        var seed = System.Environment.TickCount;
        var random = new Random(seed);
        var updates = ChatCount * Script.Length;
        // Each run is killed after a random number of further replies Telegram accepted.
        var runs = Enumerable.Range(0, 3).Select(_ => random.Next(50, 300)).ToList();
        output.WriteLine($"seed {seed}; kills after {string.Join(", ", runs)} more accepted replies");

        foreach (var (text, _) in Script)
            for (var chat = 0; chat < ChatCount; chat++)
                Api.Push(Updates.Text(30000 + chat, text));

        var unrecorded = 0;
        var began = DateTime.UtcNow;
        foreach (var run in runs)
        {
            var point = Accepted() + run;
            using var process = BotProcess.Start(ProcessEnvironment(storage));
            await WaitAsync(() => Accepted() >= point, process, $"{point} accepted replies");
            process.Kill();
            // A request the fake was answering as the process died is still recorded; let it land before counting.
            await Api.WaitUntilIdleAsync();
            await using var db = open();
            unrecorded = Accepted() - await db.Set<OutboxMessage>().CountAsync(m => m.State == OutboxState.Sent);
            output.WriteLine($"killed at {Accepted()} accepted, {(DateTime.UtcNow - began).TotalSeconds:F1} s in; accepted but not recorded as sent: {unrecorded}");
        }

        var settings = new Dictionary<string, string?>(storage) { ["Telegram:PollingTimeoutSeconds"] = "1" };
        var restarted = DateTime.UtcNow;
        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings);
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().CountAsync(u => u.HandledAt != null).ContinueWith(t => t.Result == updates), TimeSpan.FromSeconds(90));
        output.WriteLine($"all handled {(DateTime.UtcNow - restarted).TotalSeconds:F1} s after the last restart");
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent), TimeSpan.FromSeconds(90));
        output.WriteLine($"all sent {(DateTime.UtcNow - restarted).TotalSeconds:F1} s after the last restart");
        foreach (var line in bot.Logs.Lines.Where(l => !l.StartsWith("Information", StringComparison.Ordinal)).Take(10))
            output.WriteLine(line.Length > 300 ? line[..300] : line);

        var rows = await bot.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Method == "sendMessage").GroupBy(m => m.ChatId)
            .Select(g => new { Chat = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Chat, g => g.Count));
        var sent = Api.Calls.Where(c => c.Method == "sendMessage" && c.Succeeded).GroupBy(c => c.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var duplicates = sent.Values.Sum() - rows.Values.Sum();
        output.WriteLine($"{updates} updates, {rows.Values.Sum()} replies stored, {sent.Values.Sum()} sent: {duplicates} sent twice");

        Assert.Equal(ChatCount, rows.Count);
        // Every chat's updates were each handled once: the replies the script asks for, no more and no fewer.
        var expected = Script.Sum(s => s.Replies);
        Assert.All(rows, r => Assert.Equal(expected, r.Value));
        Assert.All(rows, r => Assert.True(sent.GetValueOrDefault(r.Key) >= r.Value, $"chat {r.Key}: {r.Value} replies stored, {sent.GetValueOrDefault(r.Key)} sent"));
        Assert.True(duplicates <= unrecorded, $"{duplicates} sent twice, but only {unrecorded} were in flight at the last kill");
    }

    private Dictionary<string, string?> ProcessEnvironment(Dictionary<string, string?> storage)
    {
        var env = new Dictionary<string, string?>
        {
            ["Telegram__Token"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = Api.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "1",
            ["Http__Urls"] = "http://127.0.0.1:0",
            ["Scheduling__Enabled"] = "false",
        };
        foreach (var (key, value) in storage)
            env[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return env;
    }

    private int Accepted() => Api.Calls.Count(c => c.Method == "sendMessage" && c.Succeeded);

    private static async Task WaitAsync(Func<bool> done, BotProcess process, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Never reached {what}. Bot output:\n{process.Output}");
            await Task.Delay(5);
        }
    }
}
