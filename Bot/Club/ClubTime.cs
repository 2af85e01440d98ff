using System.Globalization;
using Microsoft.Extensions.Options;

namespace ClubBot.Club;

/// <summary>The club's wall clock: instants are stored in UTC and shown in <c>Club:TimeZone</c>.</summary>
public sealed class ClubTime(IOptions<ClubOptions> club, TimeProvider time, Texts.BotTexts texts)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(club.Value.TimeZone);
    private readonly CultureInfo _language = CultureInfo.GetCultureInfo(club.Value.Language);

    public TimeZoneInfo Zone => _zone;

    public DateTime ToLocal(DateTime utc) => ZoneTime.ToLocal(utc, _zone);

    /// <summary>The instant a wall-clock time in the club's zone means; see <see cref="ZoneTime.ToUtc"/> for the daylight-saving edges.</summary>
    public DateTime ToUtc(DateTime local) => ZoneTime.ToUtc(local, _zone);

    /// <summary>
    /// The day in words, as on a poster: «пятница, 12 декабря, 14:00»; the weekday in full, since a short
    /// «пт» is easy to misread on a small screen, and the year when it is not this year's date.
    /// </summary>
    public string Describe(DateTime utc) => $"{Day(DateOnly.FromDateTime(ToLocal(utc)))}, {TimeOfDay(utc)}";

    /// <summary>The moment inside a sentence: «(машина придёт) в четверг, 3 декабря, в 08:00».</summary>
    public string When(DateTime utc)
    {
        var local = ToLocal(utc);
        var date = local.ToString(local.Year == ToLocal(time.GetUtcNow().UtcDateTime).Year ? "d MMMM" : "d MMMM yyyy", _language);
        return texts.Format("WhenAt", $"{texts[$"OnWeekday{(int)local.DayOfWeek}"]}, {date}", TimeOfDay(utc));
    }

    /// <summary>A day as on a poster: «пятница, 12 декабря», or «пятница, 8 января 2027» in another year.</summary>
    public string Day(DateOnly day)
    {
        var thisYear = ToLocal(time.GetUtcNow().UtcDateTime).Year;
        return day.ToDateTime(TimeOnly.MinValue).ToString(day.Year == thisYear ? "dddd, d MMMM" : "dddd, d MMMM yyyy", _language);
    }

    /// <summary>A date as a person types it in words: «12 декабря».</summary>
    public string DayAndMonth(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).ToString("d MMMM", _language);

    /// <summary>Only the time of day: 14:00.</summary>
    public string TimeOfDay(DateTime utc) => ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The day in words, with the year: «23 ноября 2026».</summary>
    public string DayInWords(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", _language);

    /// <summary>Day and time as people write them: 22.11.2026 14:05.</summary>
    public string Format(DateTime utc) => ToLocal(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
