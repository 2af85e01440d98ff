using ClubBot.Pipeline;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>Reminders are never sent once an activity has begun, so the record of one is needed only until then.</summary>
internal sealed class SentReminderPruning : IPrunable
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    public Task PruneAsync(BotDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var cutoff = nowUtc - Keep;
        return db.Set<SentReminder>()
            .Where(r => r.SentAt < cutoff && db.Set<SignUp>().Any(s => s.Id == r.SignUpId && s.Activity!.StartsAt < cutoff))
            .ExecuteDeleteAsync(ct);
    }
}
