using System.Data.Common;
using ClubBot.Storage;

namespace ClubBot.Outbox;

/// <summary>
/// Writes the outbox rows a unit of work queued with one prepared statement, outside EF's change tracking. Nearly
/// every update queues a reply, and a tracked insert through SaveChanges cost about a sixth of the bot's CPU in
/// the pipeline benchmark; the statement is the same on SQLite and PostgreSQL.
/// </summary>
internal static class OutboxInsert
{
    private const string Sql = """
        INSERT INTO "OutboxMessages" ("ChatId", "Priority", "Method", "Payload", "CreatedAt", "State", "Attempts", "Owner", "LeaseUntil")
        VALUES (@chat, @priority, @method, @payload, @created, @state, @attempts, @owner, @lease)
        RETURNING "Id"
        """;

    /// <summary>Inserts <paramref name="rows"/> in <paramref name="transaction"/> and gives them their ids.</summary>
    public static async Task InsertAsync(List<OutboxMessage> rows, DbTransaction transaction)
    {
        if (rows.Count == 0)
            return;

        // One command for all of the unit's rows: SQLite prepares it once.
        await using var command = transaction.CreateCommand(Sql);
        var chat = command.AddParameter("@chat");
        var priority = command.AddParameter("@priority");
        var method = command.AddParameter("@method");
        var payload = command.AddParameter("@payload");
        var created = command.AddParameter("@created");
        var state = command.AddParameter("@state");
        var attempts = command.AddParameter("@attempts");
        var owner = command.AddParameter("@owner");
        var lease = command.AddParameter("@lease");
        foreach (var row in rows)
        {
            chat.Value = row.ChatId;
            priority.Value = (int)row.Priority;
            method.Value = row.Method;
            payload.Value = row.Payload;
            created.Value = row.CreatedAt;
            state.Value = (int)row.State;
            attempts.Value = row.Attempts;
            owner.Value = (object?)row.Owner ?? DBNull.Value;
            lease.Value = (object?)row.LeaseUntil ?? DBNull.Value;
            row.Id = Convert.ToInt64(await command.ExecuteScalarAsync());
        }
    }
}
