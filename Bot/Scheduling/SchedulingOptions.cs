namespace ClubBot.Scheduling;

/// <summary>The "Scheduling" section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>How often due work is looked for; a reminder goes out at most this late.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>Off in tests that drive due work by hand.</summary>
    public bool Enabled { get; set; } = true;
}
