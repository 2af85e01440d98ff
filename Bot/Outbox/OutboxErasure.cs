using ClubBot.People;
using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Outbox;

/// <summary>
/// Copies of messages already sent hold what the person typed, and notices to staff and volunteers named them;
/// they need not be kept. Messages still to go stay, so nothing promised is lost.
/// </summary>
public sealed class OutboxErasure : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var db = context.Db;
        foreach (var mention in new[] { person.Name, person.Phone, PhoneText.Show(person.Phone) }.Where(m => !string.IsNullOrEmpty(m)))
            db.RemoveRange(await db.Set<OutboxMessage>().Where(m => m.State != OutboxState.Pending && m.Payload.Contains(mention!)).ToListAsync(ct));
        if (person.ChatId is { } chat)
            db.RemoveRange(await db.Set<OutboxMessage>().Where(m => m.ChatId == chat && m.State != OutboxState.Pending).ToListAsync(ct));
    }
}
