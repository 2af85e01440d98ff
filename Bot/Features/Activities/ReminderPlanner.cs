using ClubBot.Club;

namespace ClubBot.Features.Activities;

/// <summary>When a reminder is due: a number of hours before the start, moved out of the night to the evening before.</summary>
public static class ReminderPlanner
{
    public static DateTime DueAt(DateTime startsUtc, double hoursBefore, TimeZoneInfo zone, ReminderOptions options)
    {
        var due = startsUtc.AddHours(-hoursBefore);
        var local = ZoneTime.ToLocal(due, zone);
        DateTime? moved = local.TimeOfDay >= options.NightStartsAt ? local.Date + options.EveningAt
            : local.TimeOfDay < options.NightEndsAt ? local.Date.AddDays(-1) + options.EveningAt
            : null;
        return moved is { } evening
            ? ZoneTime.ToUtc(evening, zone)
            : DateTime.SpecifyKind(due, DateTimeKind.Utc);
    }

    /// <summary>A short stable name for an offset, stored with each sent reminder: "24h", "2h", "1.5h".</summary>
    public static string Key(double hoursBefore) => hoursBefore.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "h";
}
