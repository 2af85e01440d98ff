using System.Diagnostics;
using ClubBot.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace ClubBot.Tests.EndToEnd;

/// <summary>
/// SIGTERM stops the bot within the host's shutdown time-out whatever Telegram does: a bot whose Bot API had gone
/// away once kept its process alive for over twenty minutes, retrying sends it had been told to stop.
/// </summary>
public sealed class StoppingTests : FakeBotApiTest
{
    private const int ShutdownSeconds = 5;
    private static readonly long[] Chats = [701, 702, 703];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OnSigterm_WithRepliesUnsent_TheProcessExitsWithinTheShutdownTimeout(bool apiStopped)
    {
        using var database = new TestDatabase();
        // Every reply hangs until the server goes: the sender holds requests in flight and rows unsent when it is told to stop.
        Api.AddRule(new FakeRule("sendMessage", FakeReply.Slow(TimeSpan.FromMinutes(30))));
        using var process = BotProcess.Start(new Dictionary<string, string?>
        {
            ["Telegram__Token"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = Api.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "50",
            ["Storage__ConnectionString"] = database.ConnectionString,
            ["Http__Urls"] = "http://127.0.0.1:0",
            ["shutdownTimeoutSeconds"] = ShutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        foreach (var chat in Chats)
            Api.Push(Updates.Text(chat, "привет"));
        await WaitForPendingRepliesAsync(database, Chats.Length, process);
        if (apiStopped)
            await Api.DisposeAsync();
        else
            // Gone quiet instead: the long poll and every send hang, as behind a dead proxy.
            Api.AddRule(new FakeRule("getUpdates", FakeReply.Slow(TimeSpan.FromMinutes(30))));

        var clock = Stopwatch.StartNew();
        process.Terminate();
        // The host's own time-out plus the time a loaded CI machine takes to tear a .NET process down; the defect was
        // twenty minutes.
        var exitCode = await ExitCodeWithinAsync(process, TimeSpan.FromSeconds(ShutdownSeconds + 20));

        Assert.True(exitCode is not null, $"Still running {clock.Elapsed.TotalSeconds:F0} s after SIGTERM. Output:\n{process.Output}");
        // 0: every service stopped within the time-out by itself; the watchdog that ends a stuck stop (exit 3) was not needed.
        Assert.True(exitCode == 0, $"Exit code {exitCode} after {clock.Elapsed.TotalSeconds:F0} s. Output:\n{process.Output}");
        // Nothing was lost: the replies Telegram never confirmed are still in the outbox for the next start.
        Assert.Equal(Chats.Length, await CountAsync(database, "SELECT COUNT(*) FROM OutboxMessages WHERE State = 0"));
    }

    private static async Task<int?> ExitCodeWithinAsync(BotProcess process, TimeSpan limit)
    {
        try
        {
            return await process.WaitForExitAsync(limit);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task WaitForPendingRepliesAsync(TestDatabase database, long expected, BotProcess process)
    {
        // Generous: a Debug bot process starting on two cores shared with another CI run took over 30 s once.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await TryCountAsync(database, "SELECT COUNT(*) FROM OutboxMessages WHERE State = 0") < expected)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The replies were never queued. Bot output:\n{process.Output}");
            await Task.Delay(50);
        }
    }

    private static async Task<long> TryCountAsync(TestDatabase database, string query)
    {
        try
        {
            return await CountAsync(database, query);
        }
        catch (SqliteException)
        {
            // The bot has not created its tables yet.
            return 0;
        }
    }

    private static async Task<long> CountAsync(TestDatabase database, string query)
    {
        await using var connection = new SqliteConnection(database.ConnectionString + ";Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
