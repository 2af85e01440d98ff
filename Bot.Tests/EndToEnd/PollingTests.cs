using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.EndToEnd;

public sealed class PollingTests : FakeBotApiTest
{
    [Fact]
    public async Task Start_AnswersOnce_GreetingFirst_ThenTheConsentAloneWithItsTwoButtons()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Text(701, "/start"));

        var replies = await Api.WaitForMessagesAsync(701, 2);
        Assert.StartsWith("Здравствуйте! Вас приветствует клуб «Активное долголетие».", replies[0].Text);
        Assert.EndsWith("нам нужно ваше согласие на обработку персональных данных. Прочитайте его ниже и нажмите кнопку.", replies[0].Text);
        Assert.Empty(replies[0].InlineKeyboard);
        Assert.StartsWith("Я согласен(на) на обработку моих персональных данных", replies[1].Text);
        Assert.Equal([["✅ Согласен"], ["Не согласен"]], replies[1].InlineKeyboard.Select(r => r.Select(b => b.Text)));
        Assert.All(replies, r => Assert.True(r.Text!.Length <= 400, r.Text));
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent));
        Assert.Equal(2, Api.Sent(701).Count);
    }

    [Fact]
    public async Task MenuButton_PressedOrTyped_GivesCentrePhone()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Text(702, "добрый день"));
        var menu = (await Api.WaitForMessagesAsync(702)).Single().ReplyKeyboard;

        Api.Push(Updates.Text(702, menu.SelectMany(r => r).Single(b => b.Contains("Телефон", StringComparison.Ordinal))));
        Api.Push(Updates.Text(702, "телефон центра"));

        var replies = await Api.WaitForMessagesAsync(702, 3);
        Assert.All(replies.Skip(1), r => Assert.Contains(BotUnderTest.TestPhone, r.Text));
    }

    [Fact]
    public async Task UnexpectedMessage_GetsKindAnswerAndTheMenuAgain()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Text(703, "здравствуйте, когда хор?"));

        var reply = (await Api.WaitForMessagesAsync(703)).Single();
        Assert.StartsWith("Простите, я не понял", reply.Text);
        Assert.Equal(["📝 Познакомиться", "❓ Вопрос координатору", "☎️ Телефон центра", "🔒 Мои данные", "ℹ️ О клубе"], reply.ReplyKeyboard.SelectMany(r => r));
    }

    [Fact]
    public async Task SameUpdateDeliveredTwice_IsAnsweredOnce()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        var update = Updates.Text(704, "/start");
        Api.Push(update);
        await Api.WaitForMessagesAsync(704, 2);

        Api.Redeliver(update);
        Api.Push(Updates.Text(705, "/start"));
        await Api.WaitForMessagesAsync(705, 2);
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));

        // The greeting and the consent, once.
        Assert.Equal(2, Api.Sent(704).Count);
    }

    [Fact]
    public async Task SameUpdateDeliveredAgainAfterRestart_IsAnsweredOnce()
    {
        using var database = new TestDatabase();
        var update = Updates.Text(706, "/start");
        await using (var first = await BotUnderTest.StartAsync(Api, database))
        {
            Api.Push(update);
            await Api.WaitForMessagesAsync(706, 2);
        }

        await using var second = await BotUnderTest.StartAsync(Api, database);
        Api.Redeliver(update);
        Api.Push(Updates.Text(707, "/start"));
        await Api.WaitForMessagesAsync(707, 2);

        Assert.Equal(2, Api.Sent(706).Count);
    }

    [Fact]
    public async Task CallbackQuery_IsAlwaysAnswered()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Callback(708, "stale:button"));

        var answer = (await Api.WaitForAsync(c => c.Method == "answerCallbackQuery")).Single();
        Assert.StartsWith("cq", answer.Parameters["callback_query_id"]!.GetValue<string>());
        Assert.StartsWith("Эта кнопка уже не действует", (await Api.WaitForMessagesAsync(708)).Single().Text);
    }

    [Fact]
    public async Task TooManyRequests_MessageDeliveredOnceAfterRetryAfter()
    {
        Api.AddRule(new FakeRule("sendMessage", FakeReply.TooManyRequests(2), Times: 1));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Api.Clock = clock;
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<TimeProvider>(clock));
        Api.Push(Updates.Text(709, "/start"));

        await bot.NudgeUntilAsync(clock, () => Api.Sent(709).Count >= 1);
        var delivered = Api.Sent(709)[0];
        var refused = Assert.Single(Api.Calls, c => c.Method == "sendMessage" && c.Status == 429);
        Assert.True(delivered.At - refused.At >= TimeSpan.FromSeconds(2), $"Retried after {(delivered.At - refused.At).TotalMilliseconds} ms, before retry_after.");
        Assert.Equal(delivered.Text, refused.Text);
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.State == OutboxState.Sent && m.Attempts == 2));
    }

    [Fact]
    public async Task Forbidden_MarksPersonUnreachable_AndDoesNotRetry()
    {
        Api.AddRule(new FakeRule("sendMessage", FakeReply.Forbidden(), ChatId: 710));
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Text(710, "/start"));

        // The greeting meets the 403; the consent behind it is dropped without asking Telegram again.
        await bot.WaitUntilAsync(async db => await db.Set<OutboxMessage>().CountAsync(m => m.ChatId == 710 && m.State == OutboxState.Dropped) == 2);
        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.ChatId == 710));
        Assert.NotNull(person.UnreachableSince);
        Assert.Single(Api.Calls, c => c.Method == "sendMessage" && c.ChatId == 710);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedUntilDelivered()
    {
        Api.AddRule(new FakeRule("sendMessage", FakeReply.ServerError(), Times: 2));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Sender:RetryDelaySeconds"] = "0.05" });
        Api.Push(Updates.Text(711, "/start"));

        Assert.Single(await Api.WaitForMessagesAsync(711));
        Assert.Equal(2, Api.Calls.Count(c => c.Method == "sendMessage" && c.Status == 500));
    }

    [Fact]
    public async Task BlockingTheBot_MarksUnreachable_WritingAgainClearsIt()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Text(712, "/start"));
        await Api.WaitForMessagesAsync(712);

        Api.Push(Updates.Blocked(712));
        await bot.WaitUntilAsync(db => db.Set<Person>().AnyAsync(p => p.ChatId == 712 && p.UnreachableSince != null));
        Api.Push(Updates.Text(712, "/start"));
        await Api.WaitForMessagesAsync(712, 2);
        await bot.WaitUntilAsync(db => db.Set<Person>().AnyAsync(p => p.ChatId == 712 && p.UnreachableSince == null));
    }

    [Fact]
    public async Task TokenNeverAppearsInLogs()
    {
        Api.AddRule(new FakeRule("sendMessage", FakeReply.ServerError(), Times: 1));
        await using (var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Sender:RetryDelaySeconds"] = "0.05" }))
        {
            Api.Push(Updates.Text(713, "/start"));
            await Api.WaitForMessagesAsync(713);
            Assert.NotEmpty(bot.Logs.Lines);
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal));
        }

        // And with Telegram out of reach, where network errors are logged.
        await using var offline = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9" });
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!offline.Logs.Lines.Any(l => l.Contains("failed", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.Contains(offline.Logs.Lines, l => l.Contains("failed", StringComparison.Ordinal));
        Assert.DoesNotContain(offline.Logs.Lines, l => l.Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal));
    }
}
