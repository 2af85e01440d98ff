using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.People;

/// <summary>Who the bot can still write to.</summary>
public static class Reachability
{
    /// <summary>Marks the person behind a chat unreachable; the first time counts, later 403s change nothing.</summary>
    public static Task<int> MarkUnreachableAsync(BotDbContext db, long chatId, DateTime now, CancellationToken ct) =>
        db.Set<Person>()
            .Where(p => p.ChatId == chatId && p.UnreachableSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UnreachableSince, now), ct);
}
