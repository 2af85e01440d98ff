using ClubBot.Outbox;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ClubBot.Tests.Faults;

/// <summary>A fifth of all Bot API calls fail (429, 500, 502) or hang past the time-out: every message still arrives once, in order.</summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class FlakyTelegramTests(ITestOutputHelper output) : FakeBotApiTest
{
    [Fact]
    public async Task OneCallInFiveFailingOrHanging_EveryMessageArrivesExactlyOnce_InEachChatsOrder()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var faults = 0;
        Api.Chaos = method =>
        {
            lock (random)
            {
                if (random.NextDouble() >= 0.2)
                    return null;
                faults++;
                return random.Next(4) switch
                {
                    0 => FakeReply.TooManyRequests(random.Next(1, 4)),
                    1 => FakeReply.ServerError(),
                    2 => new FakeReply(502, "Bad Gateway"),
                    _ => FakeReply.Slow(TimeSpan.FromSeconds(5)),
                };
            }
        };
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>
        {
            ["Telegram:RequestTimeoutSeconds"] = "1",
            ["Sender:RetryDelaySeconds"] = "0.2",
            ["Sender:MaxRetryDelaySeconds"] = "1",
        });
        var chats = Enumerable.Range(0, 100).Select(i => 40000L + i).ToList();
        foreach (var text in new[] { "/start", "привет", "/help" })
            foreach (var chat in chats)
                Api.Push(Updates.Text(chat, text));

        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().CountAsync(u => u.HandledAt != null).ContinueWith(t => t.Result == 300), TimeSpan.FromSeconds(60));
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent), TimeSpan.FromSeconds(90));
        output.WriteLine($"seed {seed}: {faults} calls failed or hung");

        var stored = await bot.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Method == "sendMessage").OrderBy(m => m.Id)
            .Select(m => new { m.ChatId, m.Payload }).ToListAsync());
        foreach (var chat in chats)
        {
            var expected = stored.Where(m => m.ChatId == chat).Select(m => System.Text.Json.Nodes.JsonNode.Parse(m.Payload)!["text"]!.GetValue<string>()).ToList();
            var arrived = Api.Sent(chat).Select(c => c.Text ?? "").ToList();
            Assert.Equal(expected, arrived);
        }

        Assert.True(faults > 50, $"only {faults} faults were injected");
    }
}
