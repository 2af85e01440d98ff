using ClubBot.Pipeline;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Scheduling;

/// <summary>
/// A notice's key only has to outlive the moment it was about: reminders go before a ride or a task, never after,
/// so a month-old key guards nothing.
/// </summary>
internal sealed class SentNoticePruning : IPrunable
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    public Task PruneAsync(BotDbContext db, DateTime nowUtc, CancellationToken ct) =>
        db.Set<SentNotice>().Where(n => n.SentAt < nowUtc - Keep).ExecuteDeleteAsync(ct);
}
