using System.Data.Common;
using ClubBot.Storage;

namespace ClubBot.Conversations;

/// <summary>
/// A chat's conversation state on the hot path: read with a plain command, kept outside EF's change tracker, and
/// written back by the commit stage as one upsert — only when the update changed it. At the main menu most updates
/// change nothing (its time is kept to the minute), so they write nothing.
/// </summary>
public sealed class SessionOnRecord
{
    private const string SelectSql =
        """SELECT "Flow", "State", "Draft", "Keyboard", "Aside", "Paused", "UpdatedAt" FROM "ConversationSessions" WHERE "ChatId" = @chat""";

    private const string UpsertSql = """
        INSERT INTO "ConversationSessions" ("ChatId", "Flow", "State", "Draft", "Keyboard", "Aside", "Paused", "UpdatedAt")
        VALUES (@chat, @flow, @state, @draft, @keyboard, @aside, @paused, @updated)
        ON CONFLICT ("ChatId") DO UPDATE SET "Flow" = excluded."Flow", "State" = excluded."State", "Draft" = excluded."Draft",
            "Keyboard" = excluded."Keyboard", "Aside" = excluded."Aside", "Paused" = excluded."Paused", "UpdatedAt" = excluded."UpdatedAt"
        """;

    /// <summary>Every column of <c>ConversationSessions</c> this class reads and writes (a test holds it to the model).</summary>
    internal static readonly string[] Columns = ["ChatId", "Flow", "State", "Draft", "Keyboard", "Aside", "Paused", "UpdatedAt"];

    private Values? _stored;

    private SessionOnRecord(ConversationSession session, Values? stored) => (Session, _stored) = (session, stored);

    public ConversationSession Session { get; }

    /// <summary>True when the commit stage has something to write.</summary>
    public bool Changed => _stored != Values.Of(Session);

    /// <summary>The chat's session, or a new one at the main menu.</summary>
    public static async Task<SessionOnRecord> ReadAsync(DbConnection connection, long chatId, DateTime now, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SelectSql;
        command.AddParameter("@chat", chatId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return new SessionOnRecord(new ConversationSession { ChatId = chatId, UpdatedAt = now }, null);
        var session = new ConversationSession
        {
            ChatId = chatId,
            Flow = reader.IsDBNull(0) ? null : reader.GetString(0),
            State = reader.IsDBNull(1) ? null : reader.GetString(1),
            Draft = reader.IsDBNull(2) ? null : reader.GetString(2),
            Keyboard = reader.IsDBNull(3) ? null : reader.GetString(3),
            Aside = reader.IsDBNull(4) ? null : reader.GetString(4),
            Paused = reader.IsDBNull(5) ? null : reader.GetString(5),
            UpdatedAt = DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc),
        };
        return new SessionOnRecord(session, Values.Of(session));
    }

    /// <summary>
    /// Writes the session if it changed. Runs before EF saves the unit, so a handler that cleared a session through
    /// EF (an erasure clearing words kept aside) has the last word.
    /// </summary>
    public async Task WriteAsync(DbTransaction transaction)
    {
        if (!Changed)
            return;
        await using var command = transaction.CreateCommand(UpsertSql);
        command.AddParameter("@chat", Session.ChatId);
        command.AddParameter("@flow", Session.Flow);
        command.AddParameter("@state", Session.State);
        command.AddParameter("@draft", Session.Draft);
        command.AddParameter("@keyboard", Session.Keyboard);
        command.AddParameter("@aside", Session.Aside);
        command.AddParameter("@paused", Session.Paused);
        command.AddParameter("@updated", Session.UpdatedAt);
        await command.ExecuteNonQueryAsync();
        // A flush mid-update wrote it; the commit writes it again only if the update changes it further.
        _stored = Values.Of(Session);
    }

    private sealed record Values(string? Flow, string? State, string? Draft, string? Keyboard, string? Aside, string? Paused, DateTime UpdatedAt)
    {
        public static Values Of(ConversationSession s) => new(s.Flow, s.State, s.Draft, s.Keyboard, s.Aside, s.Paused, s.UpdatedAt);
    }
}
