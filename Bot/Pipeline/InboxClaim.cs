using System.Data.Common;

namespace ClubBot.Pipeline;

/// <summary>Marks an update handled inside the unit's transaction; 0 rows means another run already did.</summary>
internal static class InboxClaim
{
    // Run once per update: a plain command (the same SQL on SQLite and PostgreSQL) costs less CPU than EF's raw
    // SQL path, let alone an ExecuteUpdate translated each time.
    public static async Task<int> ClaimAsync(DbTransaction transaction, long updateId, DateTime now)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """UPDATE "InboxUpdates" SET "HandledAt" = @now WHERE "UpdateId" = @id AND "HandledAt" IS NULL""";
        var handled = command.CreateParameter();
        (handled.ParameterName, handled.Value) = ("@now", now);
        var id = command.CreateParameter();
        (id.ParameterName, id.Value) = ("@id", updateId);
        command.Parameters.Add(handled);
        command.Parameters.Add(id);
        return await command.ExecuteNonQueryAsync();
    }
}
