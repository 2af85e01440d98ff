using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Pipeline;

/// <summary>Polling never lets the pipeline hold more than Pipeline:MaxPending updates; the rest wait at Telegram.</summary>
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

    /// <summary>Runs <paramref name="work"/> and returns the most updates the dispatcher held at once meanwhile.</summary>
    private static async Task<int> WatchPendingWhileAsync(BotUnderTest bot, Func<Task> work)
    {
        var dispatcher = bot.App.Services.GetRequiredService<UpdateDispatcher>();
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
