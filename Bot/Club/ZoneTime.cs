namespace ClubBot.Club;

/// <summary>
/// The one place a wall-clock time in the club's zone becomes an instant and back. A zone with daylight saving
/// has local times that never happen (clocks jump forward) and times that happen twice (clocks go back);
/// <see cref="TimeZoneInfo.ConvertTimeToUtc(DateTime, TimeZoneInfo)"/> throws on the first, so nobody converts directly.
/// </summary>
public static class ZoneTime
{
    /// <summary>
    /// The instant a local time means. A time skipped by the jump forward is read with the offset in force before
    /// it (02:30 becomes 03:30 summer time, the moment a clock left unchanged would show 02:30); a time that
    /// happens twice means its first occurrence, which is the earlier reminder and the earlier meeting.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wall))
            return DateTime.SpecifyKind(wall - zone.GetUtcOffset(wall.AddDays(-1)), DateTimeKind.Utc);
        if (zone.IsAmbiguousTime(wall))
            return DateTime.SpecifyKind(wall - zone.GetAmbiguousTimeOffsets(wall).Max(), DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTimeToUtc(wall, zone);
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>False for a local time the clocks skip; typed input naming one is refused rather than guessed at.</summary>
    public static bool Exists(DateTime local, TimeZoneInfo zone) => !zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
}
