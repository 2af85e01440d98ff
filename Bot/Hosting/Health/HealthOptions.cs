namespace ClubBot.Hosting.Health;

/// <summary>The "Health" section: when GET /health turns unhealthy (503).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>In polling mode, the longest time without a successful getUpdates (a long poll itself lasts up to a minute).</summary>
    public int MaxSecondsWithoutUpdates { get; set; } = 180;

    /// <summary>The oldest unsent message may wait this long (retries, a 429 pause) before the bot counts as stuck.</summary>
    public int MaxOutboxAgeSeconds { get; set; } = 900;
}
