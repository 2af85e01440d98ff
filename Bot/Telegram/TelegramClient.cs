using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClubBot.Telegram.Types;
using Microsoft.Extensions.Options;

namespace ClubBot.Telegram;

/// <summary>
/// The Bot API methods the bot calls. Every call goes through <see cref="CallAsync{T}"/>, which turns the
/// envelope into a result or a <see cref="TelegramApiException"/>, and a time-out into <see cref="TimeoutException"/>
/// (a cancelled token stays an <see cref="OperationCanceledException"/>).
/// </summary>
public class TelegramClient(HttpClient http, IOptions<TelegramOptions> options)
{
    private readonly TelegramOptions _options = options.Value;

    public virtual Task<User> GetMeAsync(CancellationToken ct = default) =>
        CallAsync<User>("getMe", new { }, null, ct);

    /// <summary>The next updates; each is read on its own, and one that cannot be read comes back as poison.</summary>
    public virtual async Task<UpdateBatch> GetUpdatesAsync(long offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken ct = default, int limit = 100) =>
        UpdateParser.ParseBatch(await CallAsync<JsonElement>("getUpdates",
            new { offset, limit, timeout = timeoutSeconds, allowed_updates = allowedUpdates },
            TimeSpan.FromSeconds(timeoutSeconds + _options.RequestTimeoutSeconds), ct));

    public virtual Task<bool> SetWebhookAsync(string url, string secretToken, IReadOnlyList<string> allowedUpdates, CancellationToken ct = default) =>
        CallAsync<bool>("setWebhook", new { url, secret_token = secretToken, allowed_updates = allowedUpdates }, null, ct);

    public virtual Task<bool> DeleteWebhookAsync(CancellationToken ct = default) =>
        CallAsync<bool>("deleteWebhook", new { drop_pending_updates = false }, null, ct);

    public virtual Task<Message> SendMessageAsync(long chatId, string text, ReplyMarkup? replyMarkup = null, bool disableNotification = false, CancellationToken ct = default) =>
        CallAsync<Message>("sendMessage",
            new
            {
                chat_id = chatId,
                text,
                reply_markup = replyMarkup,
                disable_notification = disableNotification ? true : (bool?)null,
                link_preview_options = new { is_disabled = true }
            }, null, ct);

    public virtual Task<JsonElement> EditMessageTextAsync(long chatId, long messageId, string text, InlineKeyboardMarkup? replyMarkup = null, CancellationToken ct = default) =>
        CallAsync<JsonElement>("editMessageText", new { chat_id = chatId, message_id = messageId, text, reply_markup = replyMarkup }, null, ct);

    public virtual Task<JsonElement> EditMessageReplyMarkupAsync(long chatId, long messageId, InlineKeyboardMarkup? replyMarkup, CancellationToken ct = default) =>
        CallAsync<JsonElement>("editMessageReplyMarkup", new { chat_id = chatId, message_id = messageId, reply_markup = replyMarkup }, null, ct);

    public virtual Task<bool> AnswerCallbackQueryAsync(string callbackQueryId, string? text = null, CancellationToken ct = default) =>
        CallAsync<bool>("answerCallbackQuery", new { callback_query_id = callbackQueryId, text }, null, ct);

    public virtual Task<bool> SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken ct = default) =>
        CallAsync<bool>("setMyCommands", new { commands }, null, ct);

    public virtual Task<bool> SendChatActionAsync(long chatId, string action, CancellationToken ct = default) =>
        CallAsync<bool>("sendChatAction", new { chat_id = chatId, action }, null, ct);

    public virtual Task<Message> SendDocumentAsync(long chatId, InputFile document, string? caption = null, CancellationToken ct = default)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
        };
        if (caption is not null)
            form.Add(new StringContent(caption, Encoding.UTF8), "caption");
        var file = new ByteArrayContent(document.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(document.ContentType);
        form.Add(file, "document", document.FileName);
        return SendAsync<Message>("sendDocument", form, null, ct);
    }

    /// <summary>The single choke point: POST the parameters as JSON to {ApiBaseUrl}/bot{token}/{method}.</summary>
    public Task<T> CallAsync<T>(string method, object parameters, TimeSpan? timeout, CancellationToken ct) =>
        SendAsync<T>(method, JsonContent.Create(parameters, options: TelegramJson.Options), timeout, ct);

    /// <summary>The same choke point for parameters that are already JSON (outbox rows).</summary>
    public virtual Task<JsonElement> CallRawAsync(string method, string json, CancellationToken ct) =>
        SendAsync<JsonElement>(method, new StringContent(json, Encoding.UTF8, "application/json"), null, ct);

    private async Task<T> SendAsync<T>(string method, HttpContent content, TimeSpan? timeout, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout ?? TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        try
        {
            using var response = await http.SendAsync(request, timer.Token);
            var body = await response.Content.ReadAsStringAsync(timer.Token);
            ApiResponse<T>? envelope = null;
            try
            {
                envelope = JsonSerializer.Deserialize<ApiResponse<T>>(body, TelegramJson.Options);
            }
            catch (JsonException)
            {
                // A proxy in front of the API may answer with HTML; the status code still tells what happened.
            }

            if (envelope is { Ok: true, Result: not null })
                return envelope.Result;
            throw new TelegramApiException(method,
                envelope?.ErrorCode ?? (int)response.StatusCode,
                envelope?.Description ?? $"HTTP {(int)response.StatusCode} without a Bot API answer",
                envelope?.Parameters?.RetryAfter,
                envelope?.Parameters?.MigrateToChatId);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{method} got no answer in time.");
        }
        catch (HttpRequestException ex)
        {
            // The request URI holds the token; rethrow with a message that cannot carry it.
            throw new HttpRequestException($"{method}: {ex.HttpRequestError} ({ex.StatusCode?.ToString() ?? "no status"})", null, ex.StatusCode);
        }
    }
}
