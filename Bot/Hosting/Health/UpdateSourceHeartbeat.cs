namespace ClubBot.Hosting.Health;

/// <summary>When the update source last heard from Telegram: a successful getUpdates, or a webhook POST accepted.</summary>
public sealed class UpdateSourceHeartbeat(TimeProvider time)
{
    private long _lastTicks = time.GetUtcNow().UtcTicks;

    public void Beat() => Interlocked.Exchange(ref _lastTicks, time.GetUtcNow().UtcTicks);

    public TimeSpan SinceLast => time.GetUtcNow().UtcDateTime - new DateTime(Interlocked.Read(ref _lastTicks), DateTimeKind.Utc);
}
