using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Privacy;

/// <summary>
/// Deletes what identifies a person, in the caller's unit of work. Every feature's <see cref="IPersonalData"/>
/// first ends what the person still has going there and wipes its own records; then the person's row keeps only
/// its category and dates, so the centre's counts (registered, by category) remain true without naming anyone.
/// Stored messages of the chat go too, since they hold what the person typed.
/// </summary>
public sealed class PersonEraser(IEnumerable<IPersonalData> features)
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct = default)
    {
        foreach (var feature in features)
            await feature.EraseAsync(context, person, ct);

        var chatId = person.ChatId;
        var (name, phone) = (person.Name, person.Phone);
        person.Name = null;
        person.Phone = null;
        person.Settlement = null;
        person.Interests = null;
        person.TelegramName = null;
        person.TelegramUserId = null;
        person.ChatId = null;
        person.ErasedAt = context.Now;
        var db = context.Db;
        // Notices already sent to staff and volunteers named the person; their copies need not be kept.
        foreach (var mention in new[] { name, phone }.Where(m => !string.IsNullOrEmpty(m)))
            db.RemoveRange(await db.Set<OutboxMessage>().Where(m => m.State != OutboxState.Pending && m.Payload.Contains(mention!)).ToListAsync(ct));
        if (chatId is not { } chat)
            return;

        db.RemoveRange(await db.Set<InboxUpdate>().Where(u => u.ChatId == chat && u.HandledAt != null).ToListAsync(ct));
        db.RemoveRange(await db.Set<OutboxMessage>().Where(m => m.ChatId == chat && m.State != OutboxState.Pending).ToListAsync(ct));
    }
}
