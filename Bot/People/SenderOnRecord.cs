using System.Data.Common;
using ClubBot.Storage;
using ClubBot.Transport;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ClubBot.People;

/// <summary>
/// The person behind an update, read with a plain command and then attached to the unit's context, so a handler
/// changes them like any tracked entity. What every update refreshes — chat, Telegram name, last seen (to the
/// minute), reachability — is set before attaching and written by the commit stage as one plain statement, and
/// only when it changed: on most updates nothing at all. A person the bot has never seen is added through EF.
/// </summary>
public static class SenderOnRecord
{
    /// <summary>Every column of <c>People</c>, in the order <see cref="Read"/> takes them (a test holds this to the model).</summary>
    internal static readonly string[] Columns =
    [
        "Id", "TelegramUserId", "ChatId", "TelegramName", "CreatedAt", "LastSeenAt", "UnreachableSince", "Name", "Phone", "Settlement",
        "Category", "Interests", "ConsentedAt", "ConsentWay", "ConsentRecordedById", "RegisteredAt", "ErasedAt", "Volunteer", "VolunteerSince",
        "AddedByStaff", "Role",
    ];

    private static readonly string SelectSql =
        $"""SELECT {string.Join(", ", Columns.Select(c => $"\"{c}\""))} FROM "People" WHERE "TelegramUserId" = @id""";

    /// <summary>
    /// Finds or makes the sender of <paramref name="update"/> (null for a bot or no sender) on <paramref name="connection"/>;
    /// the touch is what the commit stage must write, null when the row is new (EF inserts it) or unchanged.
    /// </summary>
    public static async Task<(Person? Person, PersonTouch? Touch)> KnowAsync(Update update, long chatId, BotDbContext db, DbConnection connection, DateTime now, CancellationToken ct)
    {
        if (update.Sender is not { IsBot: false } from)
            return (null, null);
        var person = await FindAsync(connection, from.Id, ct);
        var known = person is not null;
        person ??= new Person { TelegramUserId = from.Id, CreatedAt = now };
        var before = PersonTouch.Of(person);

        person.ChatId = chatId;
        person.TelegramName = $"{from.FirstName} {from.LastName}".Trim();
        person.Seen(now);
        if (update.MyChatMember is { } change)
            person.UnreachableSince = change.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left ? person.UnreachableSince ?? now : null;
        else
            person.UnreachableSince = null;

        if (!known)
        {
            db.Add(person);
            return (person, null);
        }

        // Attached with the refreshed values as if stored: the handler's own changes are all EF will see.
        db.Attach(person);
        var after = PersonTouch.Of(person);
        return (person, after == before ? null : after);
    }

    private static async Task<Person?> FindAsync(DbConnection connection, long telegramUserId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SelectSql;
        command.AddParameter("@id", telegramUserId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    private static Person Read(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        TelegramUserId = Int64OrNull(r, 1),
        ChatId = Int64OrNull(r, 2),
        TelegramName = StringOrNull(r, 3),
        CreatedAt = Utc(r, 4),
        LastSeenAt = Utc(r, 5),
        UnreachableSince = UtcOrNull(r, 6),
        Name = StringOrNull(r, 7),
        Phone = StringOrNull(r, 8),
        Settlement = StringOrNull(r, 9),
        Category = r.IsDBNull(10) ? null : (PersonCategory)r.GetInt32(10),
        Interests = StringOrNull(r, 11),
        ConsentedAt = UtcOrNull(r, 12),
        ConsentWay = r.IsDBNull(13) ? null : (ConsentWay)r.GetInt32(13),
        ConsentRecordedById = Int64OrNull(r, 14),
        RegisteredAt = UtcOrNull(r, 15),
        ErasedAt = UtcOrNull(r, 16),
        Volunteer = (VolunteerStatus)r.GetInt32(17),
        VolunteerSince = UtcOrNull(r, 18),
        AddedByStaff = r.GetBoolean(19),
        Role = (StaffRole)r.GetInt32(20),
    };

    private static long? Int64OrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static string? StringOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    // SQLite hands times back without a kind; every instant we store is UTC (as BotDbContext's converter says).
    private static DateTime Utc(DbDataReader r, int i) => DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc);

    private static DateTime? UtcOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Utc(r, i);
}

/// <summary>The columns every update may refresh on a known person, written as one plain statement by the commit stage.</summary>
public sealed record PersonTouch(long Id, long? ChatId, string? TelegramName, DateTime LastSeenAt, DateTime? UnreachableSince)
{
    internal static PersonTouch Of(Person p) => new(p.Id, p.ChatId, p.TelegramName, p.LastSeenAt, p.UnreachableSince);

    /// <summary>Runs before EF saves the unit, so a handler's own change to these columns (an erasure) has the last word.</summary>
    public async Task WriteAsync(DbTransaction transaction)
    {
        await using var command = transaction.CreateCommand(
            """UPDATE "People" SET "ChatId" = @chat, "TelegramName" = @name, "LastSeenAt" = @seen, "UnreachableSince" = @unreachable WHERE "Id" = @id""");
        command.AddParameter("@chat", ChatId);
        command.AddParameter("@name", TelegramName);
        command.AddParameter("@seen", LastSeenAt);
        command.AddParameter("@unreachable", UnreachableSince);
        command.AddParameter("@id", Id);
        await command.ExecuteNonQueryAsync();
    }
}
