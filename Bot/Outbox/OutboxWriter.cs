using System.Text.Json;
using ClubBot.Storage;
using ClubBot.Transport;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Outbox;

/// <summary>
/// Queues messages in the scope's <see cref="UnitOfWork"/>: they are stored when it commits and sent only after
/// that commit, so a rolled-back change never speaks.
/// </summary>
public sealed class OutboxWriter(UnitOfWork unit, TimeProvider time, OutboxOwner owner)
{
    /// <summary>A text message; a long text becomes several, the keyboard on the last.</summary>
    public void SendText(long chatId, string text, ReplyMarkup? markup = null, OutboxPriority priority = OutboxPriority.Reply)
    {
        var parts = MessageSplitter.Split(text);
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            Call(chatId, new SendMessageRequest
            {
                ChatId = chatId,
                Text = parts[i],
                ReplyMarkup = last ? markup : null,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            }, priority);
        }
    }

    /// <summary>A file (a report, a roster); kept in the row until sent, so keep it small.</summary>
    public void SendDocument(long chatId, OutgoingFile file, string? caption = null, OutboxPriority priority = OutboxPriority.Bulk) =>
        Add(chatId, priority, "sendDocument", DocumentPayload.Write(chatId, file, caption));

    /// <summary>A picture (a report's chart), shown in the chat rather than offered as a file; kept in the row until sent.</summary>
    public void SendPhoto(long chatId, OutgoingFile picture, string? caption = null, OutboxPriority priority = OutboxPriority.Bulk) =>
        Add(chatId, priority, "sendPhoto", DocumentPayload.Write(chatId, picture, caption));

    /// <summary>Any other Bot API call that must happen once and in order with the chat's messages (e.g. editMessageText).</summary>
    /// <returns>The row, whose id is known once the unit has been written.</returns>
    public OutboxMessage Call<TResult>(long chatId, RequestBase<TResult> request, OutboxPriority priority = OutboxPriority.Reply) =>
        Add(chatId, priority, request.MethodName, JsonSerializer.Serialize(request, request.GetType(), BotJson.Write));

    /// <summary>A row as it will be sent: the method and its parameters, already JSON.</summary>
    internal OutboxMessage Add(long chatId, OutboxPriority priority, string method, string payload)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            ChatId = chatId,
            Priority = priority,
            Method = method,
            Payload = payload,
            CreatedAt = now,
            // This instance posts the row to its own sender once the unit commits.
            Owner = owner.Id,
            LeaseUntil = now + owner.Lease,
        };
        unit.Queue(row);
        return row;
    }
}
