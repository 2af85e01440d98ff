using System.Globalization;

namespace ClubBot.Features.Activities;

/// <summary>The "Reminders" section: when people are reminded of what they signed up for.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Hours before the start; each is one reminder (24 and 2 in config/; a list default here would be added to, not replaced).</summary>
    public List<double> HoursBefore { get; set; } = [];

    /// <summary>No reminder between these local times; one due then goes the evening before, at <see cref="Evening"/>.</summary>
    public string NightStarts { get; set; } = "21:00";

    public string NightEnds { get; set; } = "09:00";

    public string Evening { get; set; } = "20:00";

    public TimeSpan NightStartsAt => Parse(NightStarts);

    public TimeSpan NightEndsAt => Parse(NightEnds);

    public TimeSpan EveningAt => Parse(Evening);

    private static TimeSpan Parse(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture).ToTimeSpan();
}
