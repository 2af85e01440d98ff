using ClubBot.Outbox;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Tests.EndToEnd;

/// <summary>
/// The pacing tests run on a fake clock that stamps the fake server's calls too, so the lower bounds Telegram's
/// limits require, and a reply that does not wait for them, are checked exactly, with no margin for a busy machine.
/// </summary>
public sealed class SendLimitTests : FakeBotApiTest
{
    private static async Task QueueBulkAsync(BotUnderTest bot, IEnumerable<(long Chat, string Text)> messages)
    {
        await using var scope = bot.App.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        foreach (var (chat, text) in messages)
            outbox.SendText(chat, text, priority: OutboxPriority.Bulk);
        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync();
    }

    private FakeTimeProvider UseFakeTimeProvider()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Api.Clock = clock;
        return clock;
    }

    [Fact]
    public async Task HundredBulkMessagesToHundredChats_TakeAtLeastHundredThirtiethsOfASecond()
    {
        var clock = UseFakeTimeProvider();
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<TimeProvider>(clock));
        var queued = clock.GetUtcNow();
        await QueueBulkAsync(bot, Enumerable.Range(1, 100).Select(i => (9000L + i, $"Напоминание {i}")));

        static bool IsReminder(RecordedCall c) => c.Method == "sendMessage" && c.Succeeded && c.Text!.StartsWith("Напоминание", StringComparison.Ordinal);
        await bot.NudgeUntilAsync(clock, () => Api.Calls.Count(IsReminder) >= 100);
        var sent = Api.Calls.Where(IsReminder).ToList();
        // The first may go at once; each further one needs its own 1/30 s.
        var span = sent.Max(c => c.At) - queued;
        Assert.True(span >= TimeSpan.FromSeconds(99 / 30.0), $"100 messages went out in {span.TotalMilliseconds} ms");
        Assert.Equal(100, sent.Select(c => c.ChatId).Distinct().Count());
    }

    [Fact]
    public async Task FiveBulkMessagesToOneChat_AreAtLeastOneSecondApart_InOrder()
    {
        var clock = UseFakeTimeProvider();
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<TimeProvider>(clock));
        await QueueBulkAsync(bot, Enumerable.Range(1, 5).Select(i => (9500L, $"Новость {i}")));

        await bot.NudgeUntilAsync(clock, () => Api.Sent(9500).Count >= 5);
        var sent = Api.Sent(9500);
        Assert.Equal(["Новость 1", "Новость 2", "Новость 3", "Новость 4", "Новость 5"], sent.Select(c => c.Text));
        for (var i = 1; i < sent.Count; i++)
            Assert.True(sent[i].At - sent[i - 1].At >= TimeSpan.FromSeconds(1),
                $"Messages {i} and {i + 1} were {(sent[i].At - sent[i - 1].At).TotalMilliseconds} ms apart");
    }

    [Fact]
    public async Task ReplyDuringLongBroadcastPausedBy429_IsNotHeldUp()
    {
        var clock = UseFakeTimeProvider();
        Api.AddRule(new FakeRule("sendMessage", FakeReply.TooManyRequests(5), Times: 1, ChatId: 9601));
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<TimeProvider>(clock));
        await QueueBulkAsync(bot, Enumerable.Range(1, 300).Select(i => (9600L + i, "Объявление")));
        await bot.NudgeUntilAsync(clock, () => Api.Calls.Any(c => c.Status == 429));

        // From here the clock stands still: the broadcast waits out its 5 s, and a reply that needed any of that wait never comes.
        var asked = clock.GetUtcNow();
        Api.Push(Updates.Text(9999, "привет"));
        var reply = (await Api.WaitForMessagesAsync(9999)).Single();

        Assert.Equal(asked, reply.At);
        Assert.True(Api.Calls.Count(c => c.Text == "Объявление" && c.Succeeded) < 300, "The broadcast should still be paused.");
    }

    [Fact]
    public async Task LongText_IsSplitIntoSeveralMessages_KeyboardOnTheLast()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        var paragraph = string.Join(' ', Enumerable.Repeat("Слово", 300));
        await using (var scope = bot.App.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            outbox.SendText(9700, string.Join("\n\n", Enumerable.Repeat(paragraph, 6)),
                new ReplyKeyboardMarkup([[new KeyboardButton("Понятно")]]));
            await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync();
        }

        var sent = await Api.WaitForMessagesAsync(9700, 3);
        Assert.All(sent, c => Assert.True(c.Text!.Length <= 4096));
        Assert.Equal(6 * paragraph.Length, sent.Sum(c => c.Text!.Replace("\n\n", "", StringComparison.Ordinal).Length));
        Assert.Empty(sent[0].ReplyKeyboard);
        Assert.Equal([["Понятно"]], sent[^1].ReplyKeyboard);
    }
}
