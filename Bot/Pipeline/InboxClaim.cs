using System.Data.Common;
using ClubBot.Storage;

namespace ClubBot.Pipeline;

/// <summary>Marks an update handled inside the unit's transaction; 0 rows means another run already did.</summary>
internal static class InboxClaim
{
    // Run once per update: a plain command costs less CPU than EF's raw SQL path, let alone an ExecuteUpdate.
    public static async Task<int> ClaimAsync(DbTransaction transaction, long updateId, DateTime now)
    {
        await using var command = transaction.CreateCommand(
            """UPDATE "InboxUpdates" SET "HandledAt" = @now WHERE "UpdateId" = @id AND "HandledAt" IS NULL""");
        command.AddParameter("@now", now);
        command.AddParameter("@id", updateId);
        return await command.ExecuteNonQueryAsync();
    }
}
