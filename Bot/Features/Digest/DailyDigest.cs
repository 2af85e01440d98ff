using ClubBot.Club;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Scheduling;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Digest;

/// <summary>
/// Due work: once a local day, at <c>Digest:Time</c> or at the first run after it (a digest missed while the bot
/// was down goes once on start), every coordinator gets the digest. The day is recorded, so it goes once.
/// </summary>
public sealed class DailyDigest(IServiceScopeFactory scopes, ClubTime clock, DigestComposer composer, IOptions<DigestOptions> options, StaffDirectory staffDirectory) : IDueWork
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        var local = clock.ToLocal(nowUtc);
        if (TimeOnly.FromDateTime(local) < TimeOnly.ParseExact(options.Value.Time, "HH:mm"))
            return 0;
        var day = DateOnly.FromDateTime(local);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (await db.Set<DigestLog>().AnyAsync(d => d.Day == day, ct))
            return 0;

        var since = await db.Set<DigestLog>().OrderByDescending(d => d.Day).Select(d => (DateTime?)d.SentAt).FirstOrDefaultAsync(ct) ?? nowUtc.AddDays(-1);
        var text = await composer.ComposeAsync(db, since, nowUtc);
        var staff = await staffDirectory.ChatsAsync(db, ct);
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        foreach (var chat in staff)
            outbox.SendText(chat, text, priority: OutboxPriority.Bulk);
        db.Add(new DigestLog { Day = day, SentAt = nowUtc });
        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(ct);
        return staff.Count;
    }
}
