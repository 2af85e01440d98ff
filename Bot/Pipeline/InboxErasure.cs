using ClubBot.People;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Pipeline;

/// <summary>Handled updates of the person's chat hold what they typed; only their ids matter once handled, and those go too.</summary>
public sealed class InboxErasure : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        if (person.ChatId is { } chat)
            context.Db.RemoveRange(await context.Db.Set<InboxUpdate>().Where(u => u.ChatId == chat && u.HandledAt != null).ToListAsync(ct));
    }
}
