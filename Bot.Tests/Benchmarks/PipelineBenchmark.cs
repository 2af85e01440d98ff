using System.Diagnostics;
using System.Globalization;
using ClubBot.Tests.Fakes;
using Xunit.Abstractions;

namespace ClubBot.Tests.Benchmarks;

/// <summary>
/// 10,000 updates from 1,000 chats through the bot (its own process, SQLite file) to replies at the fake server.
/// Per-chat reply pacing is lifted here (each chat sends 10 updates within seconds, which no person does); the
/// bulk cap does not apply to replies anyway. Prints throughput, latency from getUpdates to sendMessage, and peak memory.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class PipelineBenchmark(ITestOutputHelper output)
{
    private const int Chats = 1000;
    private const int PerChat = 10;
    private const int WarmUp = 3000;
    private const int PacedEvery = 4;

    [BenchmarkFact]
    public async Task TenThousandUpdates_FromThousandChats()
    {
        await RunAsync("burst: all 10,000 queued at once", offeredPerSecond: null);
        await RunAsync("steady: offered at 2,000 updates/s", offeredPerSecond: 2000);
        await RunAsync("steady: offered at 300 updates/s", offeredPerSecond: 300);
    }

    /// <summary>The same burst on the local PostgreSQL server (CLUBBOT_TEST_POSTGRES; bash .ci/postgres.sh prints it).</summary>
    [BenchmarkFact]
    public async Task TenThousandUpdates_OnPostgres()
    {
        if (PostgresDatabase.ServerConnectionString is null)
        {
            output.WriteLine(PostgresDatabase.MissingServer);
            return;
        }

        using var postgres = new PostgresDatabase();
        await RunAsync("PostgreSQL burst: all 10,000 queued at once", offeredPerSecond: null, postgres.ConnectionString);
    }

    /// <summary>Ten times as long: throughput should hold and memory should not grow.</summary>
    [BenchmarkFact]
    public async Task HundredThousandUpdates_FromThousandChats() =>
        await RunAsync("long burst: all 100,000 queued at once", offeredPerSecond: null, perChat: 100);

    private async Task RunAsync(string title, int? offeredPerSecond, string? postgres = null, int perChat = PerChat)
    {
        // CLUBBOT_BENCHMARK_RUN=burst (any part of a title) runs just that one, for quick comparisons.
        if (Environment.GetEnvironmentVariable("CLUBBOT_BENCHMARK_RUN") is { Length: > 0 } only && !title.Contains(only, StringComparison.Ordinal))
            return;
        await using var api = await FakeBotApi.StartAsync();
        using var database = new TestDatabase();
        var environment = new Dictionary<string, string?>
        {
            ["Telegram__Token"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Storage__ConnectionString"] = postgres ?? database.ConnectionString,
            ["Http__Urls"] = "http://127.0.0.1:0",
            ["Sender__ReplyPerChatPerSecond"] = "1000",
            ["Sender__ReplyBurstPerChat"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (postgres is not null)
            environment["Storage__Provider"] = "Postgres";
        using var bot = BotProcess.Start(environment);
        // Each update is a greeting typed by a guest: stored, a session read and written, one menu reply (a /start
        // would get two: the greeting, then the consent on its own). Warm-up from other chats: the runtime compiles hot code again, optimised, after its first few thousand
        // calls; measuring before that would time the compiler, not the bot.
        for (var i = 0; i < WarmUp; i++)
            api.Push(Updates.Text(1 + (i % 100), "привет"));
        await WaitForMessagesAsync(api, WarmUp);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var total = Chats * perChat;
        var ids = new Dictionary<long, List<long>>();
        var cpuBefore = bot.CpuTime;
        var pollsBefore = api.GetUpdatesCalls;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var chat = 100_000 + (i % Chats);
            (ids.TryGetValue(chat, out var list) ? list : ids[chat] = []).Add(api.Push(Updates.Text(chat, "привет")));
            // Paced every few updates: clusters of 20 at once (as before 2026-11-23 evening) measured how long a
            // cluster takes, not one update's wait.
            if (offeredPerSecond is { } rate && i % PacedEvery == PacedEvery - 1)
            {
                var due = TimeSpan.FromSeconds((i + 1) / (double)rate);
                if (due > clock.Elapsed)
                    await Task.Delay(due - clock.Elapsed);
            }
        }

        // Resident memory each tenth of the way, to see whether it grows with the run.
        var resident = new List<long>();
        for (var tenth = 1; tenth <= 10; tenth++)
        {
            await WaitForMessagesAsync(api, WarmUp + (total * tenth / 10));
            resident.Add(bot.WorkingSet / 1048576);
        }

        var replies = api.Calls.Where(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId >= 100_000).ToList();
        var elapsed = clock.Elapsed;
        // CPU per update varies less than updates/s on a shared machine: it tells a change's effect in one run.
        var cpuPerUpdate = (bot.CpuTime - cpuBefore).TotalMicroseconds / total;
        var latencies = new List<double>();
        var replyAt = new Dictionary<long, DateTimeOffset>();
        foreach (var group in replies.GroupBy(r => r.ChatId!.Value))
        {
            var sent = group.OrderBy(r => r.At).ToList();
            for (var k = 0; k < sent.Count; k++)
            {
                var id = ids[group.Key][k];
                latencies.Add((sent[k].At - api.DeliveredAt[id]).TotalMilliseconds);
                replyAt[id] = sent[k].At;
            }
        }

        latencies.Sort();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{title}: {total / elapsed.TotalSeconds:F0} updates/s; latency getUpdates→sendMessage p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms; bot CPU {cpuPerUpdate:F0} µs per update; peak working set {bot.PeakWorkingSet / 1048576.0:F0} MB; resident MB each tenth: {string.Join(" ", resident)}");
        output.WriteLine(line);
        Console.WriteLine(line);
        if (postgres is not null)
            return;
        // With Pipeline:MaxPending bounding what the bot holds, the batch size shows how far it drains before polling again.
        var polls = api.GetUpdatesCalls - pollsBefore;
        var stages = StageSpans(database.ConnectionString) + string.Create(CultureInfo.InvariantCulture, $"; getUpdates calls {polls}, {(double)total / Math.Max(1, polls):F1} updates each")
            + Environment.NewLine + StageLatencies(database.ConnectionString, api, replyAt);
        output.WriteLine(stages);
        Console.WriteLine(stages);
    }

    /// <summary>
    /// Polls a counter: waiting with the fake's WaitForAsync rescans every recorded call on each new one, which
    /// at these rates took a good part of the CPU the bot was being measured on.
    /// </summary>
    private static async Task WaitForMessagesAsync(FakeBotApi api, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (api.MessagesSent < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Only {api.MessagesSent} of {count} messages arrived.");
            await Task.Delay(20);
        }
    }

    /// <summary>When each stage saw its first and last update, to tell which one holds the others back.</summary>
    private static string StageSpans(string connectionString)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        connection.Open();
        string Span(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            reader.Read();
            var first = DateTime.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
            var last = DateTime.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{(last - first).TotalSeconds:F1} s");
        }

        return "stages (first→last): stored " + Span("SELECT min(ReceivedAt), max(ReceivedAt) FROM InboxUpdates WHERE ChatId >= 100000")
            + ", handled " + Span("SELECT min(HandledAt), max(HandledAt) FROM InboxUpdates WHERE ChatId >= 100000")
            + ", sent " + Span("SELECT min(FinishedAt), max(FinishedAt) FROM OutboxMessages WHERE ChatId >= 100000");
    }

    /// <summary>
    /// Where an update's time goes, from the bot's own records: fetched (the fake answered getUpdates) → stored in
    /// the inbox (the intake's clock reading) → claimed by a group commit (after its handler ran and it waited for
    /// the writer) → its reply arriving at the fake (the commit, then the sender).
    /// </summary>
    private static string StageLatencies(string connectionString, FakeBotApi api, Dictionary<long, DateTimeOffset> replyAt)
    {
        var fetchToStored = new List<double>();
        var storedToClaimed = new List<double>();
        var claimedToReply = new List<double>();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT UpdateId, ReceivedAt, HandledAt FROM InboxUpdates WHERE ChatId >= 100000 AND HandledAt IS NOT NULL";
        using var reader = command.ExecuteReader();
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (!replyAt.TryGetValue(id, out var reply))
                continue;
            var stored = new DateTimeOffset(DateTime.Parse(reader.GetString(1), CultureInfo.InvariantCulture, utc));
            var claimed = new DateTimeOffset(DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, utc));
            fetchToStored.Add((stored - api.DeliveredAt[id]).TotalMilliseconds);
            storedToClaimed.Add((claimed - stored).TotalMilliseconds);
            claimedToReply.Add((reply - claimed).TotalMilliseconds);
        }

        string Stage(string name, List<double> values)
        {
            values.Sort();
            return string.Create(CultureInfo.InvariantCulture, $"{name} p50 {Percentile(values, 0.50):F1} ms, p99 {Percentile(values, 0.99):F1} ms");
        }

        return "stage latencies: " + Stage("fetched→stored", fetchToStored) + "; " + Stage("stored→claimed (handler, wait for the writer)", storedToClaimed)
            + "; " + Stage("claimed→reply at the fake (commit, sender)", claimedToReply);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
