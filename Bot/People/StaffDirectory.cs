using ClubBot.Club;
using Microsoft.Extensions.Options;

namespace ClubBot.People;

/// <summary>Who works at the centre: for now the administrators named in <c>Club:Admins</c>.</summary>
public sealed class StaffDirectory(IOptions<ClubOptions> club)
{
    public bool IsStaff(long? telegramUserId) => telegramUserId is { } id && club.Value.Admins.Contains(id);
}
