using ClubBot.Club;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.People;

/// <summary>Who works at the centre: the administrators named in <c>Club:Admins</c>, and the coordinators they appoint in the bot.</summary>
public sealed class StaffDirectory(IOptions<ClubOptions> club)
{
    public bool IsAdmin(long? telegramUserId) => telegramUserId is { } id && club.Value.Admins.Contains(id);

    /// <summary>Read from the person's record on every update, so a role taken away counts at once.</summary>
    public bool IsStaff(Person? person, long? telegramUserId) => IsAdmin(telegramUserId) || person is { Role: StaffRole.Coordinator, ErasedAt: null };

    /// <summary>The chats of staff who have written to the bot (it cannot write first to anyone).</summary>
    public Task<List<long>> ChatsAsync(DbContext db, CancellationToken ct = default)
    {
        var admins = club.Value.Admins;
        return db.Set<Person>()
            .Where(p => p.ChatId != null && p.ErasedAt == null && ((p.TelegramUserId != null && admins.Contains(p.TelegramUserId.Value)) || p.Role == StaffRole.Coordinator))
            .Select(p => p.ChatId!.Value).ToListAsync(ct);
    }
}
