using System.Text.Json;
using ClubBot.Telegram;
using ClubBot.Telegram.Types;
using Microsoft.Extensions.Options;

namespace ClubBot.Terminal;

/// <summary>
/// The Bot API as the terminal plays it: what would go to Telegram is shown on the screen and answered the way
/// Telegram would answer, so the outbox, the sender and everything behind them run unchanged.
/// </summary>
public sealed class TerminalTelegramClient(TerminalScreen screen, TerminalMailbox mailbox, TerminalFiles files, IOptions<TerminalOptions> terminal, IOptions<TelegramOptions> options)
    : TelegramClient(new HttpClient(), options)
{
    private long _keptId = 1_000_000_000;

    public override Task<JsonElement> CallRawAsync(string method, string json, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(json);
        var parameters = document.RootElement;
        if (parameters.TryGetProperty("chat_id", out var chat) && chat.TryGetInt64(out var chatId) && chatId != terminal.Value.UserId)
            return Task.FromResult(JsonSerializer.SerializeToElement(KeepForOther(method, chatId, parameters), TelegramJson.Options));
        object result = method switch
        {
            "sendMessage" => new { message_id = screen.ShowMessage(parameters), date = 0, chat = new { id = parameters.GetProperty("chat_id").GetInt64(), type = "private" } },
            "editMessageText" or "editMessageReplyMarkup" => Edited(parameters),
            _ => true,
        };
        return Task.FromResult(JsonSerializer.SerializeToElement(result, TelegramJson.Options));
    }

    public override Task<bool> AnswerCallbackQueryAsync(string callbackQueryId, string? text = null, CancellationToken ct = default)
    {
        if (!string.IsNullOrEmpty(text))
            screen.ShowNotice(text);
        return Task.FromResult(true);
    }

    public override Task<Message> SendDocumentAsync(long chatId, InputFile document, string? caption = null, CancellationToken ct = default)
    {
        var path = files.Save(document.FileName, document.Content);
        if (chatId != terminal.Value.UserId)
            mailbox.Keep(chatId, "sendDocument", JsonSerializer.SerializeToElement(new { file_name = document.FileName, caption, path }));
        else
            screen.ShowDocument(document.FileName, caption, path);
        return Task.FromResult(new Message(0, 0, new Chat(chatId, "private")));
    }

    public override Task<bool> SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken ct = default) => Task.FromResult(true);

    public override Task<bool> SendChatActionAsync(long chatId, string action, CancellationToken ct = default) => Task.FromResult(true);

    /// <summary>Another person's message waits for their terminal; an edit of one of their messages has nothing to change here.</summary>
    private object KeepForOther(string method, long chatId, JsonElement parameters)
    {
        if (method is not ("sendMessage" or "sendPhoto"))
            return true;
        mailbox.Keep(chatId, method, parameters);
        return new { message_id = Interlocked.Increment(ref _keptId), date = 0, chat = new { id = chatId, type = "private" } };
    }

    private bool Edited(JsonElement parameters)
    {
        if (parameters.TryGetProperty("text", out _))
            screen.ShowMessage(parameters);
        else
            screen.ReplaceButtons(parameters);
        return true;
    }
}
