using System.Net;
using System.Text.Json.Nodes;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Faults;

/// <summary>One update the bot cannot read must not stop it from answering everybody else.</summary>
public sealed class PoisonUpdateTests : FakeBotApiTest
{
    private const string Secret = "poison-test-secret";

    /// <summary>Shapes seen to break a whole batch: wrong types, missing required fields, numbers out of range.</summary>
    public static TheoryData<string> Shapes => new()
    {
        """{"message":{"message_id":1,"date":"вчера","chat":{"id":9,"type":"private"},"text":"hi"}}""",
        """{"message":{"message_id":1,"date":1,"text":"no chat"}}""",
        """{"message":{"message_id":1,"date":1,"chat":null,"text":"null chat"}}""",
        """{"message":{"message_id":1,"date":1,"chat":{"id":9,"type":"private"},"from":{"id":18446744073709551616,"is_bot":false,"first_name":"A"},"text":"big id"}}""",
        """{"message":{"message_id":1,"date":1,"chat":{"id":9,"type":"private"},"text":42}}""",
        """{"message":{"message_id":1,"date":1,"chat":{"id":9,"type":"private"},"text":{"a":1}}}""",
        """{"message":{"message_id":1,"date":1,"chat":{"id":9,"type":"private"},"photo":{"file_id":"x"}}}""",
        """{"message":"hello"}""",
        """{"callback_query":{"id":"q1","chat_instance":"c","data":"x"}}""",
        """{"callback_query":{"from":{"id":9,"is_bot":false,"first_name":"A"},"chat_instance":"c","data":"x"}}""",
        """{"my_chat_member":{"chat":{"id":9,"type":"private"},"from":{"id":9,"is_bot":false,"first_name":"A"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"B"}}}}""",
        """{"my_chat_member":{"chat":{"id":9,"type":"private"},"from":{"id":9,"is_bot":false,"first_name":"A"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"promoted","user":{"id":1,"is_bot":true,"first_name":"B"}}}}""",
        """{"callback_query":{"id":null,"from":{"id":9,"is_bot":false,"first_name":"A"},"chat_instance":"c","data":"x"}}""",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task PollingBatch_WithOneUnreadableUpdate_AnswersEveryoneElse_AndKeepsThePoison(string shape)
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Text(1501, "/start"));
        var poisonId = Api.Push(JsonNode.Parse(shape)!.AsObject());
        Api.Push(Updates.Text(1502, "/start"));

        await Api.WaitForMessagesAsync(1501, timeout: TimeSpan.FromSeconds(5));
        await Api.WaitForMessagesAsync(1502, timeout: TimeSpan.FromSeconds(5));
        var stored = await bot.QueryAsync(db => db.Set<InboxUpdate>().SingleAsync(u => u.UpdateId == poisonId));
        Assert.NotNull(stored.Poison);
        Assert.NotNull(stored.HandledAt);
        var expected = JsonNode.Parse(shape)!.AsObject();
        expected["update_id"] = poisonId;
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(stored.Payload)), $"Stored as {stored.Payload}");
        Assert.Single(bot.Logs.Lines, l => l.Contains($"Update {poisonId} cannot be read", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PoisonUpdate_IsConfirmedToTelegram_AndNotTriedAgainAfterARestart()
    {
        var database = new TestDatabase();
        try
        {
            long poisonId;
            await using (var bot = await BotUnderTest.StartAsync(Api, database))
            {
                poisonId = Api.Push(JsonNode.Parse("""{"message":"hello"}""")!.AsObject());
                Api.Push(Updates.Text(1503, "/start"));
                await Api.WaitForMessagesAsync(1503);
            }

            await using (var bot = await BotUnderTest.StartAsync(Api, database))
            {
                Api.Push(Updates.Text(1504, "/start"));
                await Api.WaitForMessagesAsync(1504);
                Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains($"Update {poisonId}", StringComparison.Ordinal));
            }
        }
        finally
        {
            database.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task WebhookPost_OfAnUnreadableUpdate_IsStoredAsPoisonAnd200_AndTheNextIsAnswered(string shape)
    {
        await using var bot = await StartWebhookAsync();
        var poison = JsonNode.Parse(shape)!.AsObject();
        poison["update_id"] = 70001;
        var good = Updates.Text(1505, "/start");
        good["update_id"] = 70002;

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, poison.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, good.ToJsonString()));

        await Api.WaitForMessagesAsync(1505, timeout: TimeSpan.FromSeconds(5));
        var stored = await bot.QueryAsync(db => db.Set<InboxUpdate>().SingleAsync(u => u.UpdateId == 70001));
        Assert.NotNull(stored.Poison);
        Assert.DoesNotContain(Api.Calls, c => c.Method == "answerCallbackQuery");
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"message":{"message_id":1,"date":1,"chat":{"id":9,"type":"private"},"text":"no id"}}""")]
    [InlineData("""{"update_id":"seven"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""not json""")]
    public async Task WebhookPost_WithoutAnUpdateId_Is400_AndStoresNothing(string body)
    {
        await using var bot = await StartWebhookAsync();

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(bot, body));

        Assert.Equal(0, await bot.QueryAsync(db => db.Set<InboxUpdate>().CountAsync()));
    }

    [Fact]
    public async Task WebhookPost_OfBytesThatAreNotUtf8_Is400_AndStoresNothing()
    {
        await using var bot = await StartWebhookAsync();
        byte[] body = [.. "{\"update_id\":9,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":9,\"type\":\"private\"},\"text\":\""u8, 0xC3, 0x28, .. "\"}}"u8];

        Assert.Equal(HttpStatusCode.BadRequest, await WebhookPost.SendAsync(bot.Url, body, Secret));

        Assert.Equal(0, await bot.QueryAsync(db => db.Set<InboxUpdate>().CountAsync()));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("unhandled", StringComparison.OrdinalIgnoreCase));
    }

    private Task<BotUnderTest> StartWebhookAsync() => BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
    });

    private static Task<HttpStatusCode> PostAsync(BotUnderTest bot, string body) => WebhookPost.SendAsync(bot.Url, body, Secret);
}
