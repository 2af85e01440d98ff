using System.Text.Json;
using ClubBot.Storage;
using ClubBot.Telegram;
using ClubBot.Telegram.Types;

namespace ClubBot.Outbox;

/// <summary>
/// Queues messages in the caller's unit of work: they are stored when the caller saves, and sent only after
/// that commit (see <see cref="OutboxCommitWatcher"/>), so a rolled-back change never speaks. The rows wait
/// beside the context rather than in its change tracker: the group commit writes them with one prepared
/// statement, and tracking each reply only to stop tracking it again cost a twentieth of an update's CPU.
/// Whatever the scope did not save is dropped with it, as tracked rows were with the context.
/// </summary>
public sealed class OutboxWriter(BotDbContext db, TimeProvider time, OutboxOwner owner, OutboxCommitWatcher watcher) : IDisposable
{
    /// <summary>A text message; a long text becomes several, the keyboard on the last.</summary>
    public void SendText(long chatId, string text, ReplyMarkup? markup = null, OutboxPriority priority = OutboxPriority.Reply)
    {
        var parts = MessageSplitter.Split(text);
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            Add(chatId, priority, "sendMessage", new
            {
                chat_id = chatId,
                text = parts[i],
                reply_markup = last ? markup : null,
                link_preview_options = new { is_disabled = true },
            });
        }
    }

    /// <summary>A file (a report, a roster); kept in the row until sent, so keep it small.</summary>
    public void SendDocument(long chatId, InputFile file, string? caption = null, OutboxPriority priority = OutboxPriority.Bulk) =>
        Add(chatId, priority, "sendDocument", new DocumentPayload(chatId, file.FileName, file.ContentType, Convert.ToBase64String(file.Content), caption));

    /// <summary>Any other Bot API call that must happen once and in order with the chat's messages (e.g. editMessageText).</summary>
    /// <returns>The row, whose id is known once the caller has saved.</returns>
    public OutboxMessage Call(long chatId, string method, object parameters, OutboxPriority priority = OutboxPriority.Reply) =>
        Add(chatId, priority, method, parameters);

    private OutboxMessage Add(long chatId, OutboxPriority priority, string method, object parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            ChatId = chatId,
            Priority = priority,
            Method = method,
            Payload = JsonSerializer.Serialize(parameters, TelegramJson.Options),
            CreatedAt = now,
            // This instance posts the row to its own sender once the caller commits.
            Owner = owner.Id,
            LeaseUntil = now + owner.Lease,
        };
        watcher.Queue(db, row);
        return row;
    }

    public void Dispose() => watcher.DropUnsaved(db);
}

/// <summary>What a sendDocument row holds.</summary>
internal sealed record DocumentPayload(long ChatId, string FileName, string ContentType, string ContentBase64, string? Caption = null);
