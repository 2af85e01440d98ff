namespace ClubBot.Transport;

/// <summary>Waits after a failed call grow 1, 2, 4 … seconds up to a cap, with jitter, and reset on success.</summary>
public sealed class Backoff(TimeSpan cap)
{
    private int _failures;

    public void Reset() => _failures = 0;

    public TimeSpan Next()
    {
        _failures = Math.Min(_failures + 1, 16);
        var seconds = Math.Min(cap.TotalSeconds, Math.Pow(2, _failures - 1));
        return TimeSpan.FromSeconds(seconds * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
