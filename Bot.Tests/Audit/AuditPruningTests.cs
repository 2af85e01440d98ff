using ClubBot.Audit;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Audit;

public sealed class AuditPruningTests
{
    [Fact]
    public async Task EntriesOlderThanKeepDays_Go_AndNewerOnesStay()
    {
        using var database = new TestDatabase();
        await using var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(database.ConnectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
        await db.Database.MigrateAsync();
        var now = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        db.AddRange(Entry(now.AddDays(-731)), Entry(now.AddDays(-729)), Entry(now));
        await db.SaveChangesAsync();

        await new AuditPruning(Options.Create(new AuditOptions { KeepDays = 730 })).PruneAsync(db, now, CancellationToken.None);

        Assert.Equal([now.AddDays(-729), now], await db.Set<AuditEntry>().OrderBy(e => e.At).Select(e => e.At).ToListAsync());
    }

    private static AuditEntry Entry(DateTime at) => new() { At = at, Actor = "Ольга", Action = AuditActions.ActivityCancel, Subject = "Хор" };
}
