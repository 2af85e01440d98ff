using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace ClubBot.Features.Broadcast;

/// <summary>
/// Queues a broadcast: one bulk message for each person the bot can reach, each recorded as a recipient, so nobody
/// gets two even if queuing is repeated after a crash. Bulk messages are paced by the sender and never delay replies.
/// </summary>
public sealed class BroadcastSending(ClubTime clock, IOptions<ReminderOptions> night, BotTexts texts)
{
    /// <summary>Now, or the end of the night (<c>Reminders:NightStarts</c>–<c>NightEnds</c>) when it is night in the club.</summary>
    public DateTime NotBefore(DateTime nowUtc)
    {
        var local = clock.ToLocal(nowUtc);
        var (starts, ends) = (night.Value.NightStartsAt, night.Value.NightEndsAt);
        if (local.TimeOfDay >= starts)
            return clock.ToUtc(local.Date.AddDays(1) + ends);
        return local.TimeOfDay < ends ? clock.ToUtc(local.Date + ends) : nowUtc;
    }

    /// <summary>The broadcast as its recipients will see it, for the preview and for the queue.</summary>
    public OutboxMessage Send(OutboxWriter outbox, long chatId, string text, string? photoFileId, OutboxPriority priority) => photoFileId is null
        ? outbox.Call(chatId, new SendMessageRequest { ChatId = chatId, Text = text, LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true } }, priority)
        : outbox.Call(chatId, new SendPhotoRequest { ChatId = chatId, Photo = InputFile.FromFileId(photoFileId), Caption = text }, priority);

    /// <summary>Queues the messages of <paramref name="broadcast"/> (saved, with its id); <paramref name="flushAsync"/> writes within the caller's transaction.</summary>
    public async Task<int> QueueAsync(BotDbContext db, OutboxWriter outbox, BroadcastMessage broadcast, DateTime nowUtc, Func<Task> flushAsync)
    {
        var members = await Audiences.ResolveAsync(db, broadcast.Audience, broadcast.AudienceArgument, nowUtc);
        var already = (await db.Set<BroadcastRecipient>().Where(r => r.BroadcastId == broadcast.Id).Select(r => r.PersonId).ToListAsync()).ToHashSet();
        var queued = members.InTelegram.Where(p => !already.Contains(p.Id))
            .Select(p => (Person: p, Row: Send(outbox, p.ChatId!.Value, broadcast.Text, broadcast.PhotoFileId, OutboxPriority.Bulk))).ToList();
        broadcast.State = BroadcastState.Sending;
        // The rows' ids are needed to follow each message; they are known once written.
        await flushAsync();
        db.AddRange(queued.Select(q => new BroadcastRecipient { BroadcastId = broadcast.Id, PersonId = q.Person.Id, OutboxMessageId = q.Row.Id }));
        return queued.Count;
    }

    /// <summary>The people without Telegram, as lines to call from: «Мария Иванова, Оса, +79025556677».</summary>
    public string? CallList(AudienceMembers members)
    {
        if (members.ByPhone.Count == 0)
            return null;
        var lines = members.ByPhone.Select(p => $"• {p.Name}, {p.Settlement ?? texts["NotGiven"]}, {PhoneText.Show(p.Phone)}").ToList();
        var text = string.Join('\n', lines);
        return text.Length <= 4000 ? text : text[..3999] + "…";
    }
}
