using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Pipeline;

/// <summary>Marks an update handled inside the unit's transaction; 0 rows means another run already did.</summary>
internal static class InboxClaim
{
    // Run once per update: plain SQL (the same on SQLite and PostgreSQL) costs less CPU than translating
    // ExecuteUpdate's expression tree each time.
    public static Task<int> ClaimAsync(BotDbContext db, long updateId, DateTime now) =>
        db.Database.ExecuteSqlRawAsync(
            """UPDATE "InboxUpdates" SET "HandledAt" = {0} WHERE "UpdateId" = {1} AND "HandledAt" IS NULL""", [now, updateId]);
}
