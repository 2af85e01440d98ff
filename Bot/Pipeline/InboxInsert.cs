using System.Data.Common;
using System.Globalization;
using System.Text;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Pipeline;

/// <summary>
/// Stores a batch of updates in one statement and tells which of them were new. Plain SQL, the same on SQLite and
/// PostgreSQL: it runs for every batch Telegram hands over, and a lookup of the known ids followed by tracked
/// inserts cost several times more CPU. A redelivered update_id hits the key and is skipped, so two deliveries
/// racing each other store it once.
/// </summary>
internal static class InboxInsert
{
    /// <summary>Inserts the rows whose update_id is not stored yet; returns the update_ids inserted.</summary>
    public static async Task<HashSet<long>> InsertNewAsync(BotDbContext db, IReadOnlyList<InboxUpdate> rows, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var sql = new StringBuilder("""INSERT INTO "InboxUpdates" ("UpdateId", "ChatId", "Payload", "ReceivedAt", "HandledAt", "Poison") VALUES """);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                sql.Append(i == 0 ? "(" : ", (")
                    .Append(Parameter(command, row.UpdateId)).Append(", ")
                    .Append(Parameter(command, row.ChatId)).Append(", ")
                    .Append(Parameter(command, row.Payload)).Append(", ")
                    .Append(Parameter(command, row.ReceivedAt)).Append(", ")
                    .Append(Parameter(command, row.HandledAt)).Append(", ")
                    .Append(Parameter(command, row.Poison)).Append(')');
            }

            command.CommandText = sql.Append(""" ON CONFLICT ("UpdateId") DO NOTHING RETURNING "UpdateId" """).ToString();
            var inserted = new HashSet<long>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                inserted.Add(reader.GetInt64(0));
            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A placeholder for the value, or NULL written out: an untyped null parameter is ambiguous to PostgreSQL.</summary>
    private static string Parameter(DbCommand command, object? value) =>
        value is null ? "NULL" : command.AddParameter("@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture), value).ParameterName;
}
