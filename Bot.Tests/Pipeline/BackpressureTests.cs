using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Pipeline;

/// <summary>The pipeline never holds more than Pipeline:MaxPending updates; the rest wait at Telegram or in the inbox.</summary>
public sealed class BackpressureTests : FakeBotApiTest
{
    private const int Chats = 6;
    private const int PerChat = 8;

    [Fact]
    public async Task Polling_AsksOnlyForWhatFits_AndHandlesEveryUpdateOnceInOrder()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Pipeline:MaxPending"] = "4" });
        var most = await WatchPendingWhileAsync(bot, async () =>
        {
            for (var i = 0; i < Chats * PerChat; i++)
                Api.Push(Updates.Text(401 + (i % Chats), "/start"));
            await AllHandledAsync(bot);
        });

        Assert.InRange(most, 1, 4);
        // Each getUpdates brought at most four.
        Assert.True(Api.GetUpdatesCalls >= Chats * PerChat / 4, $"getUpdates was called {Api.GetUpdatesCalls} times");
        await AssertHandledInOrderAsync(bot);
    }

    [Fact]
    public async Task Webhook_StoresWhatDoesNotFit_AndHandlesItFromTheInboxInOrder()
    {
        const string secret = "backpressure-secret";
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
            ["Telegram:WebhookSecret"] = secret,
            ["Pipeline:MaxPending"] = "3",
        });
        var most = await WatchPendingWhileAsync(bot, async () =>
        {
            for (var i = 0; i < Chats * PerChat; i++)
            {
                var update = Updates.Text(501 + (i % Chats), "/start");
                update["update_id"] = 7000 + i;
                Assert.Equal(System.Net.HttpStatusCode.OK, await WebhookPost.SendAsync(bot.Url, update.ToJsonString(), secret));
            }

            await AllHandledAsync(bot);
        });

        Assert.InRange(most, 1, 3);
        await AssertHandledInOrderAsync(bot);
    }

    [Fact]
    public async Task Restart_WithMoreStoredThanFits_HandlesEveryStoredUpdateInOrder()
    {
        using var database = new TestDatabase();
        // A first start builds the schema; then updates are stored and never handled, as if the last process
        // had died with a long queue.
        await (await BotUnderTest.StartAsync(Api, database)).DisposeAsync();
        using (var db = database.Open())
        {
            for (var i = 0; i < Chats * PerChat; i++)
            {
                var update = Updates.Text(601 + (i % Chats), "/start");
                update["update_id"] = 8000 + i;
                db.Add(new InboxUpdate { UpdateId = 8000 + i, ChatId = 601 + (i % Chats), Payload = update.ToJsonString(), ReceivedAt = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        await using var bot = await BotUnderTest.StartAsync(Api, database, new Dictionary<string, string?> { ["Pipeline:MaxPending"] = "4" });
        var most = await WatchPendingWhileAsync(bot, () => AllHandledAsync(bot));

        Assert.InRange(most, 0, 4);
        await AssertHandledInOrderAsync(bot);
        Assert.All(Enumerable.Range(601, Chats), chat => Assert.NotEmpty(Api.Sent(chat)));
    }

    /// <summary>Runs <paramref name="work"/> and returns the most updates the dispatcher held at once meanwhile.</summary>
    private static async Task<int> WatchPendingWhileAsync(BotUnderTest bot, Func<Task> work)
    {
        var dispatcher = bot.App.Services.GetRequiredService<DispatchStage>();
        var most = 0;
        using var done = new CancellationTokenSource();
        var watch = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                most = Math.Max(most, dispatcher.Pending);
                Thread.Yield();
            }
        });
        await work();
        await done.CancelAsync();
        await watch;
        return most;
    }

    private static Task AllHandledAsync(BotUnderTest bot) => bot.WaitUntilAsync(
        async db => await db.Set<InboxUpdate>().CountAsync(u => u.HandledAt != null && u.ChatId != null) == Chats * PerChat,
        TimeSpan.FromSeconds(60));

    /// <summary>Within a chat, a later update was never handled before an earlier one.</summary>
    private static async Task AssertHandledInOrderAsync(BotUnderTest bot)
    {
        var rows = await bot.QueryAsync(db => db.Set<InboxUpdate>().Where(u => u.ChatId != null).OrderBy(u => u.UpdateId).ToListAsync());
        Assert.Equal(Chats * PerChat, rows.Count);
        foreach (var chat in rows.GroupBy(r => r.ChatId))
        {
            var handled = chat.Select(r => r.HandledAt!.Value).ToList();
            Assert.Equal(handled.Order(), handled);
        }
    }
}
