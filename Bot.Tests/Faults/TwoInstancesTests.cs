using System.Net;
using System.Net.Sockets;
using ClubBot.Features.Activities;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit.Abstractions;

namespace ClubBot.Tests.Faults;

/// <summary>
/// Two processes on one PostgreSQL database, each taking half the webhook updates, both running the scheduler:
/// each update, reminder and digest happens once, and when one process is killed the other sends what it left.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class TwoInstancesTests(ITestOutputHelper output) : FakeBotApiTest
{
    private const string Secret = "two-instances-secret";
    private const long Admin = 70000;
    private const long FirstSignedUp = 71000;
    private const int SignedUp = 60;
    private const long FirstWriter = 72000;
    private const long FirstStranded = 73000;

    [PostgresFact]
    public async Task TwoWebhookInstances_HandleEachUpdateReminderAndDigestOnce_AndOneTakesOverWhenTheOtherIsKilled()
    {
        using var database = new PostgresDatabase();
        await SeedAsync(database);
        var (portA, portB) = (FreePort(), FreePort());
        using var a = BotProcess.Start(Environment(database, portA));
        await WaitHealthyAsync(portA, a);
        using var b = BotProcess.Start(Environment(database, portB));
        await WaitHealthyAsync(portB, b);

        for (var i = 0; i < 100; i++)
            await PostAsync(i % 2 == 0 ? portA : portB, FirstWriter + i, 500000 + i);

        await Api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId is >= FirstWriter and < FirstWriter + 100, 100, TimeSpan.FromSeconds(60));
        await Api.WaitForAsync(c => IsReminder(c), SignedUp, TimeSpan.FromSeconds(60));
        await Api.WaitForAsync(IsDigest, 1, TimeSpan.FromSeconds(60));

        // Stranded: process A has these replies in flight when it dies.
        for (var i = 0; i < 10; i++)
            Api.AddRule(new FakeRule("sendMessage", FakeReply.Slow(TimeSpan.FromMinutes(2)), Times: 1, ChatId: FirstStranded + i));
        for (var i = 0; i < 10; i++)
            await PostAsync(portA, FirstStranded + i, 600000 + i);
        await WaitAsync(database, db => db.Set<OutboxMessage>().CountAsync(m => m.ChatId >= FirstStranded && m.ChatId < FirstStranded + 10 && m.State == OutboxState.Pending), 10, a);
        a.Kill();
        var killed = DateTime.UtcNow;
        for (var i = 0; i < 10; i++)
            await Api.WaitForMessagesAsync(FirstStranded + i, timeout: TimeSpan.FromSeconds(30));
        output.WriteLine($"the survivor sent the stranded replies {(DateTime.UtcNow - killed).TotalSeconds:F1} s after the kill");

        // Give a late duplicate every chance to show before counting.
        await WaitAsync(database, db => db.Set<OutboxMessage>().CountAsync(m => m.State == OutboxState.Pending), 0, b);
        for (var i = 0; i < 100; i++)
            Assert.Single(Api.Sent(FirstWriter + i));
        for (var i = 0; i < 10; i++)
            Assert.Single(Api.Sent(FirstStranded + i));
        for (var i = 0; i < SignedUp; i++)
            Assert.Single(Api.Calls, c => IsReminder(c) && c.ChatId == FirstSignedUp + i);
        Assert.Single(Api.Calls, IsDigest);
        await using var check = Open(database);
        Assert.Equal(110, await check.Set<InboxUpdate>().CountAsync(u => u.HandledAt != null));
    }

    private static bool IsReminder(RecordedCall c) =>
        c.Method == "sendMessage" && c.Succeeded && c.ChatId is >= FirstSignedUp and < FirstSignedUp + SignedUp && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true;

    private static bool IsDigest(RecordedCall c) =>
        c.Method == "sendMessage" && c.Succeeded && c.ChatId == Admin && c.Text?.StartsWith("📰", StringComparison.Ordinal) == true;

    private static BotDbContext Open(PostgresDatabase database) => new(new DbContextOptionsBuilder<BotDbContext>()
        .UseNpgsql(database.ConnectionString).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);

    /// <summary>The staff member and 60 people signed up for an activity whose 2-hour reminder is due now.</summary>
    private static async Task SeedAsync(PostgresDatabase database)
    {
        await using var db = Open(database);
        await db.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        db.Add(new Person { TelegramUserId = Admin, ChatId = Admin, Name = "Координатор", CreatedAt = now, LastSeenAt = now, RegisteredAt = now });
        var activity = new Activity { Kind = "club", Title = "Встреча клуба", StartsAt = now.AddMinutes(90), EndsAt = now.AddMinutes(150), Place = "Дом культуры", CreatedAt = now.AddDays(-2) };
        db.Add(activity);
        for (var i = 0; i < SignedUp; i++)
        {
            var person = new Person { TelegramUserId = FirstSignedUp + i, ChatId = FirstSignedUp + i, Name = $"Участник {i}", CreatedAt = now.AddDays(-2), LastSeenAt = now, RegisteredAt = now.AddDays(-2) };
            // Signed up well before, so the reminder is due even if the night rule moved it to the evening before.
            db.Add(new SignUp { Activity = activity, Person = person, State = SignUpState.Confirmed, CreatedAt = now.AddHours(-30) });
        }

        await db.SaveChangesAsync();
    }

    private Dictionary<string, string?> Environment(PostgresDatabase database, int port) => new()
    {
        ["Telegram__Token"] = FakeBotApi.Token,
        ["Telegram__ApiBaseUrl"] = Api.BaseUrl,
        ["Telegram__Mode"] = "Webhook",
        ["Telegram__WebhookUrl"] = "https://bot.example.org/telegram/hook",
        ["Telegram__WebhookSecret"] = Secret,
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = database.ConnectionString,
        ["Http__Urls"] = $"http://127.0.0.1:{port}",
        ["Club__Admins__0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Scheduling__Enabled"] = "true",
        ["Scheduling__PollSeconds"] = "1",
        ["Digest__Time"] = "00:00",
        ["Sender__LeaseSeconds"] = "3",
        // A reply the survivor sends into the stalled fake before the dead one's attempt reached it waits this long, not 30 s.
        ["Telegram__RequestTimeoutSeconds"] = "5",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitHealthyAsync(int port, BotProcess process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/health");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The bot on port {port} never became healthy:\n{process.Output}");
            await Task.Delay(100);
        }
    }

    private static async Task PostAsync(int port, long chat, long updateId)
    {
        var update = Updates.Text(chat, "привет");
        update["update_id"] = updateId;
        Assert.Equal(HttpStatusCode.OK, await WebhookPost.SendAsync($"http://127.0.0.1:{port}", update.ToJsonString(), Secret));
    }

    private static async Task WaitAsync(PostgresDatabase database, Func<BotDbContext, Task<int>> count, int expected, BotProcess process)
    {
        // Generous: processes starting on two cores shared with another CI run can be slow.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            await using (var db = Open(database))
            {
                if (await count(db) == expected)
                    return;
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Never reached {expected}. Bot output:\n{process.Output}");
            await Task.Delay(50);
        }
    }
}
