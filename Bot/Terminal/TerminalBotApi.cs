using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ClubBot.Terminal;

/// <summary>
/// The Bot API as the terminal plays it, at the HTTP boundary: the bot's own client posts its calls here as it
/// would to Telegram, what would reach the person is shown on the screen, and each call is answered the way
/// Telegram answers it, so the client, the outbox and the sender run exactly as in production.
/// </summary>
public sealed class TerminalBotApi(TerminalScreen screen, TerminalMailbox mailbox, TerminalFiles files, IOptions<TerminalOptions> terminal, TimeProvider time) : HttpMessageHandler
{
    private static readonly Encoding Latin1 = Encoding.Latin1;
    private long _keptId = 1_000_000_000;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var method = request.RequestUri!.Segments[^1];
        var result = request.Content is MultipartFormDataContent form
            ? await UploadAsync(method, form, ct)
            : Answer(method, request.Content is null ? new JsonObject() : JsonNode.Parse(await request.Content.ReadAsStringAsync(ct))!.AsObject());
        var body = new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString();
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    private JsonNode Answer(string method, JsonObject parameters)
    {
        var json = JsonSerializer.SerializeToElement(parameters);
        var chatId = parameters["chat_id"]?.GetValue<long>();
        if (chatId is { } other && other != terminal.Value.UserId)
            return KeepForOther(method, other, json);
        return method switch
        {
            "sendMessage" => SentMessage(screen.ShowMessage(json), chatId ?? terminal.Value.UserId),
            "editMessageText" or "editMessageReplyMarkup" => Edited(json),
            "answerCallbackQuery" => Noticed(parameters["text"]?.GetValue<string>()),
            "getMe" => new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "ClubBot" },
            _ => true,
        };
    }

    /// <summary>A document is saved beside the database and shown by its path; another person's waits for them.</summary>
    private async Task<JsonNode> UploadAsync(string method, MultipartFormDataContent form, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>();
        (string Name, byte[] Content)? file = null;
        foreach (var part in form)
        {
            var disposition = part.Headers.ContentDisposition;
            if (disposition?.FileName is { } fileName)
                // The library writes the UTF-8 bytes of the name as Latin-1 characters; read them back the same way.
                file = (Encoding.UTF8.GetString(Latin1.GetBytes(fileName.Trim('"'))), await part.ReadAsByteArrayAsync(ct));
            else if (disposition?.Name is { } name)
                fields[name.Trim('"')] = await part.ReadAsStringAsync(ct);
        }

        var chatId = long.Parse(fields["chat_id"], System.Globalization.CultureInfo.InvariantCulture);
        var caption = fields.GetValueOrDefault("caption");
        var (documentName, content) = file ?? ("file", []);
        var path = files.Save(documentName, content);
        if (chatId != terminal.Value.UserId)
            mailbox.Keep(chatId, method, JsonSerializer.SerializeToElement(new { file_name = documentName, caption, path }));
        else
            screen.ShowDocument(documentName, caption, path);
        return SentMessage(Interlocked.Increment(ref _keptId), chatId);
    }

    /// <summary>Another person's message waits for their terminal; an edit of one of their messages has nothing to change here.</summary>
    private JsonNode KeepForOther(string method, long chatId, JsonElement parameters)
    {
        if (method is not ("sendMessage" or "sendPhoto"))
            return true;
        mailbox.Keep(chatId, method, parameters);
        return SentMessage(Interlocked.Increment(ref _keptId), chatId);
    }

    private JsonNode Edited(JsonElement parameters)
    {
        if (parameters.TryGetProperty("text", out _))
            screen.ShowMessage(parameters);
        else
            screen.ReplaceButtons(parameters);
        return true;
    }

    private JsonNode Noticed(string? text)
    {
        if (!string.IsNullOrEmpty(text))
            screen.ShowNotice(text);
        return true;
    }

    private JsonObject SentMessage(long messageId, long chatId) => new()
    {
        ["message_id"] = messageId,
        ["date"] = time.GetUtcNow().ToUnixTimeSeconds(),
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
    };
}
