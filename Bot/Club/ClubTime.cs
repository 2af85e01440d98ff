using System.Globalization;
using Microsoft.Extensions.Options;

namespace ClubBot.Club;

/// <summary>The club's wall clock: instants are stored in UTC and shown in <c>Club:TimeZone</c>.</summary>
public sealed class ClubTime(IOptions<ClubOptions> club)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(club.Value.TimeZone);
    private readonly CultureInfo _language = CultureInfo.GetCultureInfo(club.Value.Language);

    public TimeZoneInfo Zone => _zone;

    public DateTime ToLocal(DateTime utc) => ZoneTime.ToLocal(utc, _zone);

    /// <summary>The instant a wall-clock time in the club's zone means; see <see cref="ZoneTime.ToUtc"/> for the daylight-saving edges.</summary>
    public DateTime ToUtc(DateTime local) => ZoneTime.ToUtc(local, _zone);

    /// <summary>The day in words, as on a poster: «пт, 12 декабря, 14:00».</summary>
    public string Describe(DateTime utc) => ToLocal(utc).ToString("ddd, d MMMM, HH:mm", _language);

    /// <summary>Only the time of day: 14:00.</summary>
    public string TimeOfDay(DateTime utc) => ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The day in words, with the year: «23 ноября 2026».</summary>
    public string DayInWords(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", _language);

    /// <summary>Day and time as people write them: 22.11.2026 14:05.</summary>
    public string Format(DateTime utc) => ToLocal(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
