using System.Text.Json.Nodes;

namespace ClubBot.Tests.Fakes;

/// <summary>How the fake answers a chosen call instead of succeeding: an error, a delay, or both.</summary>
public sealed record FakeReply(int Status = 200, string? Description = null, int? RetryAfter = null, TimeSpan Delay = default)
{
    public static FakeReply TooManyRequests(int retryAfter) => new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static FakeReply Forbidden() => new(403, "Forbidden: bot was blocked by the user");

    public static FakeReply ServerError() => new(500, "Internal Server Error");

    public static FakeReply Slow(TimeSpan delay) => new(Delay: delay);

    public JsonObject ErrorBody()
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = Status, ["description"] = Description ?? "Error" };
        if (RetryAfter is { } seconds)
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        return body;
    }
}

/// <summary>A rule: calls of <paramref name="Method"/> (to <paramref name="ChatId"/> if given) get <paramref name="Reply"/>, <paramref name="Times"/> times (null: always).</summary>
public sealed class FakeRule(string Method, FakeReply Reply, int? Times = null, long? ChatId = null)
{
    private int _left = Times ?? int.MaxValue;

    public string Method { get; } = Method;

    public FakeReply Reply { get; } = Reply;

    public long? ChatId { get; } = ChatId;

    public bool TryUse()
    {
        if (Interlocked.Decrement(ref _left) >= 0)
            return true;
        Interlocked.Increment(ref _left);
        return false;
    }
}
