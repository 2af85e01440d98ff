using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClubBot.Outbox;
using ClubBot.Transport;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Tests.Transport;

/// <summary>Our calls through the library's client against canned HTTP answers: request shapes, errors, time-outs, updates.</summary>
public sealed class BotApiTests
{
    private const string Token = "1:abc";

    private sealed class CannedHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requests.Add((request, request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct)));
            return await answer(request, ct);
        }
    }

    private static (BotApi Api, CannedHandler Handler) Create(string body, HttpStatusCode status = HttpStatusCode.OK, int timeoutSeconds = 30)
    {
        var handler = new CannedHandler((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") }));
        return (Create(handler, timeoutSeconds), handler);
    }

    private static BotApi Create(HttpMessageHandler handler, int timeoutSeconds = 30)
    {
        var options = new TelegramOptions { Token = Token, ApiBaseUrl = "https://api.test", RequestTimeoutSeconds = timeoutSeconds };
        var client = new TelegramBotClient(TelegramServiceCollectionExtensions.ClientOptions(options), new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan });
        return new BotApi(client, Options.Create(options));
    }

    private const string SentMessage = """{"ok":true,"result":{"message_id":7,"date":1,"chat":{"id":5,"type":"private"},"text":"Привет"}}""";

    [Fact]
    public async Task OutboxRow_IsPostedAsWritten_ToTheMethodUrl_WithCyrillicAndCallbackDataAsTelegramExpects()
    {
        var (api, handler) = Create(SentMessage);
        var request = new SendMessageRequest { ChatId = 5, Text = "Привет", ReplyMarkup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Записаться", "su:1")) };
        var row = JsonSerializer.Serialize(request, BotJson.Write);

        await api.CallAsync(new OutboxRowRequest("sendMessage", row), CancellationToken.None);

        var (sent, body) = Assert.Single(handler.Requests);
        Assert.Equal($"https://api.test/bot{Token}/sendMessage", sent.RequestUri!.ToString());
        Assert.Equal(row, body);
        Assert.Contains("\"text\":\"Привет\"", row);
        Assert.Contains("\"chat_id\":5", row);
        Assert.Contains("\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Записаться\",\"callback_data\":\"su:1\"}]]}", row);
        Assert.DoesNotContain("null", row);
    }

    [Fact]
    public void ReplyKeyboardWithContactButton_AndRemoval_AreWrittenAsTelegramExpects()
    {
        var keyboard = new ReplyKeyboardMarkup(KeyboardButton.WithRequestContact("📱 Отправить номер")) { ResizeKeyboard = true };

        var markup = JsonNode.Parse(JsonSerializer.Serialize(new SendMessageRequest { ChatId = 5, Text = "Телефон", ReplyMarkup = keyboard }, BotJson.Write))!["reply_markup"]!;
        var removed = JsonNode.Parse(JsonSerializer.Serialize(new SendMessageRequest { ChatId = 5, Text = "Готово", ReplyMarkup = new ReplyKeyboardRemove() }, BotJson.Write))!["reply_markup"]!;

        Assert.Equal("📱 Отправить номер", (string?)markup["keyboard"]![0]![0]!["text"]);
        Assert.True((bool?)markup["keyboard"]![0]![0]!["request_contact"]);
        Assert.True((bool?)markup["resize_keyboard"]);
        Assert.Equal("""{"remove_keyboard":true}""", removed.ToJsonString());
    }

    [Fact]
    public async Task TooManyRequests_ComesBackAtOnce_WithRetryAfter_NotRetriedInsideTheCall()
    {
        var (api, handler) = Create("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""", HttpStatusCode.TooManyRequests);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => api.CallAsync(new OutboxRowRequest("sendMessage", """{"chat_id":5,"text":"x"}"""), CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal(429, ex.ErrorCode);
        Assert.Equal(7, ex.Parameters?.RetryAfter);
        var outcome = TelegramDelivery.Classify(ex);
        Assert.Equal(DeliveryResult.TooManyRequests, outcome.Result);
        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
    }

    [Fact]
    public async Task MigratedGroup_CarriesNewChatId()
    {
        var (api, _) = Create("""{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234}}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => api.CallAsync(new SendMessageRequest { ChatId = -5, Text = "x" }, CancellationToken.None));

        Assert.Equal(-1001234, ex.Parameters?.MigrateToChatId);
        Assert.Equal(DeliveryResult.Rejected, TelegramDelivery.Classify(ex).Result);
    }

    [Fact]
    public async Task NonJsonGatewayError_KeepsHttpStatus_AndIsTransient()
    {
        var (api, _) = Create("<html>502 Bad Gateway</html>", HttpStatusCode.BadGateway);

        var ex = await Assert.ThrowsAsync<RequestException>(() => api.CallAsync(new GetMeRequest(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, ex.HttpStatusCode);
        Assert.Equal(DeliveryResult.Transient, TelegramDelivery.Classify(ex).Result);
    }

    [Fact]
    public async Task DeliveredMessage_WhoseAnswerCannotBeRead_CountsAsSent()
    {
        var (api, _) = Create("""{"ok":true,"result":{"message_id":"not a number"}""");
        var delivery = new TelegramDelivery(api);

        var outcome = await delivery.DeliverAsync(new OutboxMessage { ChatId = 5, Method = "sendMessage", Payload = """{"chat_id":5,"text":"x"}""" }, CancellationToken.None);

        Assert.Equal(DeliveryResult.Sent, outcome.Result);
    }

    [Fact]
    public async Task NoAnswerInTime_IsTimeout_ButCallerCancellationStaysCancellation()
    {
        var handler = new CannedHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage();
        });
        var api = Create(handler, timeoutSeconds: 1);

        await Assert.ThrowsAsync<TimeoutException>(() => api.CallAsync(new GetMeRequest(), CancellationToken.None));
        using var cancelled = new CancellationTokenSource();
        var poll = api.GetUpdatesAsync(0, 50, 100, cancelled.Token);
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);
    }

    [Fact]
    public async Task NetworkError_MessageDoesNotCarryTheToken_AndIsTransient()
    {
        var handler = new CannedHandler((r, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, $"Connection refused ({r.RequestUri})"));
        var api = Create(handler);

        var ex = await Assert.ThrowsAsync<RequestException>(() => api.CallAsync(new GetMeRequest(), CancellationToken.None));

        Assert.DoesNotContain("abc", ex.ToString());
        Assert.Null(ex.HttpStatusCode);
        Assert.Equal(DeliveryResult.Transient, TelegramDelivery.Classify(ex).Result);
    }

    [Fact]
    public async Task DocumentRow_UploadsMultipartWithFileNameCaptionAndBytes_OnEveryAttempt()
    {
        var (api, handler) = Create("""{"ok":true,"result":{"message_id":3,"date":1,"chat":{"id":5,"type":"private"}}}""");
        var row = DocumentPayload.Write(5, new OutgoingFile("report.csv", "a;b\n1;2"u8.ToArray(), "text/csv"), "Отчёт за ноябрь");

        await api.CallAsync(DocumentPayload.Read(row), CancellationToken.None);
        await api.CallAsync(DocumentPayload.Read(row), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal($"https://api.test/bot{Token}/sendDocument", r.Request.RequestUri!.ToString());
            Assert.StartsWith("multipart/form-data", r.Request.Content!.Headers.ContentType!.ToString());
            Assert.Contains("name=chat_id", r.Body);
            Assert.Contains("Отчёт за ноябрь", r.Body);
            Assert.Contains("filename=\"report.csv\"", r.Body);
            Assert.Contains("a;b\n1;2", r.Body);
        });
        Assert.Contains("Отчёт за ноябрь", row);
    }

    [Fact]
    public async Task GetUpdates_ReadsMessagesCallbacksAndContacts_AndAsksAsConfigured()
    {
        var (api, handler) = Create("""
            {"ok":true,"result":[
              {"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false,"first_name":"Анна"},"contact":{"phone_number":"+79141234567","first_name":"Анна","user_id":5}}},
              {"update_id":2,"callback_query":{"id":"q","from":{"id":5,"is_bot":false,"first_name":"Анна"},"chat_instance":"c","data":"su:1"}},
              {"update_id":3,"message":{"message_id":2,"date":1,"chat":{"id":5,"type":"private"},"sticker":{"file_id":"f","file_unique_id":"u","type":"regular","width":1,"height":1,"is_animated":false,"is_video":false}}}
            ]}
            """);

        var updates = (await api.GetUpdatesAsync(10, 50, 100, CancellationToken.None)).Updates.Select(u => u.Update).ToList();

        Assert.Equal("+79141234567", updates[0].Message!.Contact!.PhoneNumber);
        Assert.Equal(5, updates[1].ChatId);
        Assert.True(updates[1].IsPrivate);
        Assert.Equal("su:1", updates[1].CallbackQuery!.Data);
        Assert.NotNull(updates[2].Message!.Sticker);
        var body = JsonNode.Parse(handler.Requests[0].Body)!;
        Assert.Equal(10, (long?)body["offset"]);
        Assert.Equal(50, (int?)body["timeout"]);
        Assert.Equal("""["message","edited_message","callback_query","my_chat_member"]""", body["allowed_updates"]!.ToJsonString());
    }

    [Fact]
    public async Task GetUpdates_WithOneUnreadableUpdate_ReadsTheOthers_AndReturnsThatOneAsPoison()
    {
        var (api, _) = Create("""
            {"ok":true,"result":[
              {"update_id":7,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"раз"}},
              {"update_id":8,"message":{"message_id":2,"date":"вчера","chat":{"id":5,"type":"private"},"text":"два"}},
              {"update_id":9,"message":{"message_id":3,"date":1,"chat":{"id":6,"type":"private"},"text":"три"}}
            ]}
            """);

        var batch = await api.GetUpdatesAsync(7, 50, 100, CancellationToken.None);

        Assert.Equal([7, 9], batch.Updates.Select(u => u.Update.Id));
        var poison = Assert.Single(batch.Poison);
        Assert.Equal(8, poison.UpdateId);
        Assert.Contains("вчера", poison.Raw);
        Assert.Equal(10, batch.NextOffset);
    }

    /// <summary>Shapes the library reads with nulls or cannot hold at all: each must be poison, never a half-read update.</summary>
    [Theory]
    [InlineData("""{"update_id":1,"message":{"message_id":1,"date":1,"text":"no chat"}}""")]
    [InlineData("""{"update_id":1,"message":{"message_id":1,"date":1,"chat":null,"text":"null chat"}}""")]
    [InlineData("""{"update_id":1,"callback_query":{"id":"q1","chat_instance":"c","data":"x"}}""")]
    [InlineData("""{"update_id":1,"callback_query":{"from":{"id":9,"is_bot":false,"first_name":"A"},"chat_instance":"c","data":"x"}}""")]
    [InlineData("""{"update_id":1,"callback_query":{"id":null,"from":{"id":9,"is_bot":false,"first_name":"A"},"chat_instance":"c"}}""")]
    [InlineData("""{"update_id":1,"my_chat_member":{"chat":{"id":9,"type":"private"},"from":{"id":9,"is_bot":false,"first_name":"A"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"B"}}}}""")]
    [InlineData("""{"update_id":1,"my_chat_member":{"chat":{"id":9,"type":"private"},"from":{"id":9,"is_bot":false,"first_name":"A"},"date":1,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"promoted","user":{"id":1,"is_bot":true,"first_name":"B"}}}}""")]
    [InlineData("""{"update_id":4294967296,"message":{"message_id":1,"date":1,"chat":{"id":9,"type":"private"},"text":"id beyond int"}}""")]
    public void UnreadableShape_IsPoison_WithItsIdAndRawText(string json)
    {
        using var document = JsonDocument.Parse(json);

        var (update, poison) = UpdateReader.Read(document.RootElement);

        Assert.Null(update);
        Assert.NotNull(poison);
        Assert.Equal(document.RootElement.GetProperty("update_id").GetInt64(), poison.UpdateId);
        Assert.Equal(json, poison.Raw);
    }

    [Fact]
    public void UnknownChatType_IsNotPrivate()
    {
        using var document = JsonDocument.Parse("""{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":9,"type":"newfangled"},"text":"hi"}}""");

        var (update, _) = UpdateReader.Read(document.RootElement);

        Assert.NotNull(update);
        Assert.NotEqual(ChatType.Private, update.Update.Message!.Chat.Type);
        Assert.False(update.Update.IsPrivate);
    }

    [Fact]
    public void StoredInboxRow_OfTheEarlierShape_ReadsBackAsTheLibrarysUpdate()
    {
        // As rows were written before the library came: our own records, snake_case, nulls left out.
        const string stored = """{"update_id":42,"message":{"message_id":3,"date":1764662400,"chat":{"id":5,"type":"private","first_name":"Анна"},"from":{"id":5,"is_bot":false,"first_name":"Анна"},"text":"Привет"}}""";

        var update = JsonSerializer.Deserialize<Update>(stored, BotJson.StrictRead)!;

        Assert.Equal(42, update.Id);
        Assert.Equal("Привет", update.Message!.Text);
        Assert.Equal(5, update.Sender!.Id);
        Assert.Equal(new DateTime(2025, 12, 2, 8, 0, 0, DateTimeKind.Utc), update.Message.Date);
    }
}
