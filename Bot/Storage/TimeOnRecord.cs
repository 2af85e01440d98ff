namespace ClubBot.Storage;

/// <summary>
/// A "last active" time kept to the minute. Rewriting a row on every update only to move its time by seconds cost a
/// statement per update; a minute behind is precise enough for everything that reads such a time.
/// </summary>
public static class TimeOnRecord
{
    /// <summary>How far behind the time on record may be.</summary>
    public static readonly TimeSpan Precision = TimeSpan.FromMinutes(1);

    /// <summary><paramref name="now"/> once <paramref name="recorded"/> is a minute old or the clock went back; otherwise <paramref name="recorded"/>.</summary>
    public static DateTime Next(DateTime recorded, DateTime now) =>
        now - recorded >= Precision || now < recorded ? now : recorded;
}
