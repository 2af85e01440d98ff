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
        var sql = new StringBuilder("""INSERT INTO "InboxUpdates" ("UpdateId", "ChatId", "Payload", "ReceivedAt", "HandledAt", "Poison") VALUES """);
        var values = new List<object>(rows.Count * 4);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            sql.Append(i == 0 ? "(" : ", (")
                .Append(Parameter(values, row.UpdateId)).Append(", ")
                .Append(Parameter(values, row.ChatId)).Append(", ")
                .Append(Parameter(values, row.Payload)).Append(", ")
                .Append(Parameter(values, row.ReceivedAt)).Append(", ")
                .Append(Parameter(values, row.HandledAt)).Append(", ")
                .Append(Parameter(values, row.Poison)).Append(')');
        }

        sql.Append(""" ON CONFLICT ("UpdateId") DO NOTHING RETURNING "UpdateId" AS "Value" """);
        var inserted = await db.Database.SqlQueryRaw<long>(sql.ToString(), [.. values]).ToListAsync(ct);
        return [.. inserted];
    }

    /// <summary>A placeholder for the value, or NULL written out: an untyped null parameter is ambiguous to PostgreSQL.</summary>
    private static string Parameter(List<object> values, object? value)
    {
        if (value is null)
            return "NULL";
        values.Add(value);
        return "{" + (values.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }
}
