using ClubBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClubBot.Tests.Fakes;

/// <summary>The real bot host, talking to a <see cref="FakeBotApi"/> and keeping its data in a temporary SQLite file.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly bool _ownsDatabase;

    private BotUnderTest(FakeBotApi api, WebApplication app, TestDatabase database, bool ownsDatabase, LogSink logs)
    {
        _ownsDatabase = ownsDatabase;
        Api = api;
        App = app;
        Database = database;
        Logs = logs;
    }

    public FakeBotApi Api { get; }

    public WebApplication App { get; }

    public TestDatabase Database { get; }

    /// <summary>Every log line the host wrote.</summary>
    public LogSink Logs { get; }

    /// <summary>The address Kestrel listens on (health, webhook).</summary>
    public string Url => App.Urls.First();

    /// <summary>The centre's phone in tests, as people read it.</summary>
    public const string TestPhone = "+7 (39539) 3-12-34";

    public static async Task<BotUnderTest> StartAsync(FakeBotApi api, TestDatabase? database = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var ownsDatabase = database is null;
        database ??= new TestDatabase();
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "10",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Http:Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            // Due work runs on real time every few seconds; tests run it by hand on their own clock instead.
            ["Scheduling:Enabled"] = "false",
            // The shipped configuration has no phone; a centre sets one, and the tests play a centre that has.
            ["Club:Phone"] = TestPhone,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            overrides[key] = value;
        var logs = new LogSink();
        var app = Program.Build([], overrides, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new BotUnderTest(api, app, database, ownsDatabase, logs);
    }

    /// <summary>A fresh unit of work on the bot's database.</summary>
    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await query(db);
    }

    /// <summary>Waits until a database condition holds, re-checking as the bot works.</summary>
    public async Task WaitUntilAsync(Func<BotDbContext, Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await QueryAsync(condition))
        {
            if (DateTime.UtcNow > deadline)
            {
                // What the bot said last is usually what explains the wait.
                var pending = await QueryAsync(db => db.Set<ClubBot.Outbox.OutboxMessage>().Where(m => m.State == ClubBot.Outbox.OutboxState.Pending)
                    .Select(m => $"{m.Id} {m.ChatId} {m.Priority} {m.Method} attempts={m.Attempts}").ToListAsync());
                throw new TimeoutException("The database never reached the expected state.\nPending outbox rows:\n" + string.Join('\n', pending)
                    + "\nLast log lines:\n" + string.Join('\n', Logs.Lines.TakeLast(30)));
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Moves <paramref name="clock"/> to <paramref name="utc"/> and runs the due work as its Quartz job would.</summary>
    public async Task<int> RunDueAsync<TWork>(FakeTimeProvider clock, DateTime utc)
        where TWork : ClubBot.Scheduling.IDueWork
    {
        // FakeTimeProvider never goes back; a run for an earlier instant is told its instant and leaves the clock be.
        if (utc > clock.GetUtcNow().UtcDateTime)
            clock.Advance(utc - clock.GetUtcNow().UtcDateTime);
        return await App.Services.GetRequiredService<TWork>().RunAsync(utc, CancellationToken.None);
    }

    /// <summary>
    /// Waits (up to 20 s) until <paramref name="done"/> holds, moving <paramref name="clock"/> on a tenth of a
    /// second at a time: the sender paces bulk messages and retries on that clock, and a lane may start its wait
    /// just after a move.
    /// </summary>
    public async Task NudgeUntilAsync(FakeTimeProvider clock, Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                var pending = await QueryAsync(db => db.Set<ClubBot.Outbox.OutboxMessage>().Where(m => m.State == ClubBot.Outbox.OutboxState.Pending)
                    .Select(m => $"{m.Id} {m.ChatId} {m.Priority} {m.Method} attempts={m.Attempts}").ToListAsync());
                throw new TimeoutException($"Still waiting at {clock.GetUtcNow():O}.\nPending:\n{string.Join('\n', pending)}\nLast log lines:\n" + string.Join('\n', Logs.Lines.TakeLast(30)));
            }

            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await App.StopAsync(stop.Token);
        await App.DisposeAsync();
        // A database the test handed in outlives this bot (a restart uses it again); one made here does not.
        if (_ownsDatabase)
            Database.Dispose();
    }
}

/// <summary>A temporary SQLite file, removed with its WAL files when disposed.</summary>
public sealed class TestDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"clubbot-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    /// <summary>A context of our own on the file, for looking at what the bot stored.</summary>
    public BotDbContext Open() => new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
