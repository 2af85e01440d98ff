using ClubBot.Outbox;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Faults;

/// <summary>Instances sharing a database send only their own messages, and take over a stopped one's once its lease runs out.</summary>
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

    private static async Task PostAsync(BotUnderTest bot, long chat, long updateId)
    {
        var update = Updates.Text(chat, "привет");
        update["update_id"] = updateId;
        Assert.Equal(System.Net.HttpStatusCode.OK, await WebhookPost.SendAsync(bot.Url, update.ToJsonString(), Secret));
    }
}
