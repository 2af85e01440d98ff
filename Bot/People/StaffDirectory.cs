using ClubBot.Club;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.People;

/// <summary>Who works at the centre: for now the administrators named in <c>Club:Admins</c>.</summary>
public sealed class StaffDirectory(IOptions<ClubOptions> club)
{
    public bool IsStaff(long? telegramUserId) => telegramUserId is { } id && club.Value.Admins.Contains(id);

    /// <summary>The chats of staff who have written to the bot (it cannot write first to anyone).</summary>
    public Task<List<long>> ChatsAsync(DbContext db, CancellationToken ct = default)
    {
        var admins = club.Value.Admins;
        return db.Set<Person>().Where(p => p.TelegramUserId != null && admins.Contains(p.TelegramUserId.Value) && p.ChatId != null)
            .Select(p => p.ChatId!.Value).ToListAsync(ct);
    }
}
