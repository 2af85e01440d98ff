using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClubBot.Telegram;
using ClubBot.Telegram.Types;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Telegram;

/// <summary>The client against canned HTTP answers: the envelope, errors, time-outs and request shapes.</summary>
public sealed class TelegramClientTests
{
    private sealed class CannedHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requests.Add((request, request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct)));
            return await answer(request, ct);
        }
    }

    private static (TelegramClient Client, CannedHandler Handler) Create(string body, HttpStatusCode status = HttpStatusCode.OK, int timeoutSeconds = 30)
    {
        var handler = new CannedHandler((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") }));
        return (Create(handler, timeoutSeconds), handler);
    }

    private static TelegramClient Create(HttpMessageHandler handler, int timeoutSeconds = 30) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("https://api.test/bot1:abc/") },
            Options.Create(new TelegramOptions { Token = "1:abc", RequestTimeoutSeconds = timeoutSeconds }));

    [Fact]
    public async Task Ok_ReturnsResult_AndPostsSnakeCaseJsonToMethodUrl()
    {
        var (client, handler) = Create("""{"ok":true,"result":{"message_id":7,"date":1,"chat":{"id":5,"type":"private"},"text":"Привет"}}""");

        var message = await client.SendMessageAsync(5, "Привет", new InlineKeyboardMarkup([[new InlineKeyboardButton("Записаться", "su:1")]]));

        Assert.Equal(7, message.MessageId);
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("https://api.test/bot1:abc/sendMessage", request.RequestUri!.ToString());
        Assert.Contains("\"chat_id\":5", body);
        Assert.Contains("\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Записаться\",\"callback_data\":\"su:1\"}]]}", body);
        Assert.DoesNotContain("null", body);
    }

    [Fact]
    public async Task ReplyKeyboardWithContactButton_IsSerialisedAsTelegramExpects()
    {
        var (client, handler) = Create("""{"ok":true,"result":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"}}}""");

        await client.SendMessageAsync(5, "Телефон", new ReplyKeyboardMarkup([[new KeyboardButton("📱 Отправить номер", RequestContact: true)]], ResizeKeyboard: true));
        await client.SendMessageAsync(5, "Готово", new ReplyKeyboardRemove());

        var keyboard = JsonNode.Parse(handler.Requests[0].Body)!["reply_markup"]!;
        Assert.Equal("📱 Отправить номер", (string?)keyboard["keyboard"]![0]![0]!["text"]);
        Assert.True((bool?)keyboard["keyboard"]![0]![0]!["request_contact"]);
        Assert.True((bool?)keyboard["resize_keyboard"]);
        Assert.Equal("""{"remove_keyboard":true}""", JsonNode.Parse(handler.Requests[1].Body)!["reply_markup"]!.ToJsonString());
    }

    [Fact]
    public async Task Error_BecomesApiException_WithCodeDescriptionAndRetryAfter()
    {
        var (client, _) = Create("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""", HttpStatusCode.TooManyRequests);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(5, "x"));

        Assert.Equal(429, ex.ErrorCode);
        Assert.Equal(7, ex.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", ex.Description);
        Assert.Equal("sendMessage", ex.Method);
    }

    [Fact]
    public async Task MigratedGroup_CarriesNewChatId()
    {
        var (client, _) = Create("""{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234}}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(-5, "x"));

        Assert.Equal(-1001234, ex.MigrateToChatId);
    }

    [Fact]
    public async Task NonJsonGatewayError_KeepsHttpStatus()
    {
        var (client, _) = Create("<html>502 Bad Gateway</html>", HttpStatusCode.BadGateway);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.GetMeAsync());

        Assert.Equal(502, ex.ErrorCode);
    }

    [Fact]
    public async Task NoAnswerInTime_IsTimeout_ButCallerCancellationStaysCancellation()
    {
        var handler = new CannedHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage();
        });
        var client = Create(handler, timeoutSeconds: 1);

        await Assert.ThrowsAsync<TimeoutException>(() => client.GetMeAsync());
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUpdatesAsync(0, 50, AllowedUpdates.All, cancelled.Token));
    }

    [Fact]
    public async Task NetworkError_MessageDoesNotCarryTheUrl()
    {
        var handler = new CannedHandler((r, _) => throw new HttpRequestException($"Connection refused ({r.RequestUri})", null, null));
        var client = Create(handler);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetMeAsync());

        Assert.DoesNotContain("abc", ex.Message);
    }

    [Fact]
    public async Task SendDocument_UploadsMultipartWithFileNameAndCaption()
    {
        var (client, handler) = Create("""{"ok":true,"result":{"message_id":3,"date":1,"chat":{"id":5,"type":"private"}}}""");

        await client.SendDocumentAsync(5, new InputFile("отчёт.csv", "a;b\n1;2"u8.ToArray(), "text/csv"), "Отчёт за ноябрь");

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("https://api.test/bot1:abc/sendDocument", request.RequestUri!.ToString());
        Assert.StartsWith("multipart/form-data", request.Content!.Headers.ContentType!.ToString());
        Assert.Contains("name=chat_id", body);
        Assert.Contains("Отчёт за ноябрь", body);
        Assert.Contains("a;b\n1;2", body);
    }

    [Fact]
    public async Task GetUpdates_ParsesMessagesCallbacksAndContacts()
    {
        var (client, handler) = Create("""
            {"ok":true,"result":[
              {"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false,"first_name":"Анна"},"contact":{"phone_number":"+79141234567","first_name":"Анна","user_id":5}}},
              {"update_id":2,"callback_query":{"id":"q","from":{"id":5,"is_bot":false,"first_name":"Анна"},"chat_instance":"c","data":"su:1"}},
              {"update_id":3,"message":{"message_id":2,"date":1,"chat":{"id":5,"type":"private"},"sticker":{"file_id":"f","file_unique_id":"u"}}}
            ]}
            """);

        var updates = (await client.GetUpdatesAsync(10, 50, AllowedUpdates.All)).Updates;

        Assert.Equal("+79141234567", updates[0].Message!.Contact!.PhoneNumber);
        Assert.Equal(5, updates[1].ChatId);
        Assert.Equal("su:1", updates[1].CallbackQuery!.Data);
        Assert.NotNull(updates[2].Message!.Sticker);
        Assert.Contains("\"offset\":10", handler.Requests[0].Body);
        Assert.Contains("\"timeout\":50", handler.Requests[0].Body);
        Assert.Contains("\"allowed_updates\":[\"message\",\"edited_message\",\"callback_query\",\"my_chat_member\"]", handler.Requests[0].Body);
    }

    [Fact]
    public async Task GetUpdates_WithOneUnreadableUpdate_ReadsTheOthers_AndReturnsThatOneAsPoison()
    {
        var (client, _) = Create("""
            {"ok":true,"result":[
              {"update_id":7,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"раз"}},
              {"update_id":8,"message":{"message_id":2,"date":"вчера","chat":{"id":5,"type":"private"},"text":"два"}},
              {"update_id":9,"message":{"message_id":3,"date":1,"chat":{"id":6,"type":"private"},"text":"три"}}
            ]}
            """);

        var batch = await client.GetUpdatesAsync(7, 50, AllowedUpdates.All);

        Assert.Equal([7L, 9L], batch.Updates.Select(u => u.UpdateId));
        var poison = Assert.Single(batch.Poison);
        Assert.Equal(8, poison.UpdateId);
        Assert.Contains("вчера", poison.Raw);
        Assert.Equal(10, batch.NextOffset);
    }
}
