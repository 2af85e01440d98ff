using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.People;

/// <summary>Keeps the person behind each update on file and knows whether the bot can reach them.</summary>
public static class PersonTracker
{
    public static async Task<Person?> TouchAsync(UpdateContext context, CancellationToken ct)
    {
        if (context.Update.From is not { IsBot: false } from)
            return null;
        var person = await context.Db.Set<Person>().FirstOrDefaultAsync(p => p.TelegramUserId == from.Id, ct);
        if (person is null)
        {
            person = new Person { TelegramUserId = from.Id, CreatedAt = context.Now };
            context.Db.Add(person);
        }

        person.ChatId = context.ChatId;
        person.TelegramName = $"{from.FirstName} {from.LastName}".Trim();
        person.LastSeenAt = context.Now;
        if (context.Update.MyChatMember is { } change)
            person.UnreachableSince = change.NewChatMember.Status is "kicked" or "left" ? person.UnreachableSince ?? context.Now : null;
        else
            person.UnreachableSince = null;
        return person;
    }
}
