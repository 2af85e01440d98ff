using Microsoft.Extensions.Options;

namespace ClubBot.Outbox;

/// <summary>
/// Hands out send times so that bulk stays under the overall and per-chat rates, and replies get a small burst
/// per chat and then a steady rate. Each call reserves a slot and says how long to wait for it; the arithmetic
/// runs on <see cref="TimeProvider"/>, so spacing is exact and a fake clock drives it in tests.
/// </summary>
public sealed class SendPacer(IOptions<SenderOptions> options, TimeProvider time)
{
    private readonly SenderOptions _o = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _bulkChatNext = [];
    private readonly Dictionary<long, (double Tokens, DateTimeOffset At)> _replyBuckets = [];
    private readonly Queue<DateTimeOffset> _bulkAnswered = new();
    private int _bulkInFlight;
    private DateTimeOffset _bulkNext = DateTimeOffset.MinValue;
    private DateTimeOffset _bulkPausedUntil = DateTimeOffset.MinValue;
    private int _reservations;

    /// <summary>When bulk may send again after a 429.</summary>
    public DateTimeOffset BulkPausedUntil
    {
        get { lock (_gate) return _bulkPausedUntil; }
    }

    /// <summary>Reserves the next bulk slot for the chat; returns the wait until it.</summary>
    public TimeSpan ReserveBulk(long chatId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var start = Max(now, _bulkNext, _bulkPausedUntil, _bulkChatNext.GetValueOrDefault(chatId, DateTimeOffset.MinValue));
            _bulkNext = start + TimeSpan.FromSeconds(1 / _o.BulkPerSecond);
            _bulkChatNext[chatId] = start + TimeSpan.FromSeconds(1 / _o.BulkPerChatPerSecond);
            Prune(now);
            return start - now;
        }
    }

    /// <summary>
    /// A bulk send to the chat has finished: the next one waits a full interval from now. Slots are reserved when
    /// a request starts, but Telegram counts when requests arrive, and a slow request followed by a quick one
    /// would otherwise arrive closer together than the interval.
    /// </summary>
    public void BulkFinished(long chatId)
    {
        lock (_gate)
        {
            var after = time.GetUtcNow() + TimeSpan.FromSeconds(1 / _o.BulkPerChatPerSecond);
            if (after > _bulkChatNext.GetValueOrDefault(chatId, DateTimeOffset.MinValue))
                _bulkChatNext[chatId] = after;
        }
    }

    /// <summary>
    /// Telegram counts messages as they arrive, somewhere between a request's start and its answer. Slots are spaced
    /// evenly, but a lane can be late to its slot or a request slow (a cold connection), and then arrivals bunch: 31
    /// could land within one second. So right before a bulk request goes, it may go only if fewer than the rate are
    /// under way or were answered within the last second plus a small margin; otherwise this says how long to wait.
    /// A request that could have arrived in a window is thus always counted in it. The margin costs about 4%.
    /// </summary>
    public TimeSpan TakeBulkStart()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_bulkAnswered.Count > 0 && now - _bulkAnswered.Peek() >= BulkWindow)
                _bulkAnswered.Dequeue();
            if (_bulkInFlight + _bulkAnswered.Count < Math.Max(1, (int)Math.Floor(_o.BulkPerSecond)))
            {
                _bulkInFlight++;
                return TimeSpan.Zero;
            }

            // With every counted request still under way, look again shortly: an answer frees the window a second later.
            return _bulkAnswered.Count > 0 ? _bulkAnswered.Peek() + BulkWindow - now : TimeSpan.FromMilliseconds(10);
        }
    }

    /// <summary>The request started by <see cref="TakeBulkStart"/> has its answer (or failed).</summary>
    public void BulkAnswered()
    {
        lock (_gate)
        {
            _bulkInFlight = Math.Max(0, _bulkInFlight - 1);
            _bulkAnswered.Enqueue(time.GetUtcNow());
        }
    }

    private static readonly TimeSpan BulkWindow = TimeSpan.FromMilliseconds(1040);

    /// <summary>True when a bulk slot reserved earlier now falls inside a pause that began after the reservation.</summary>
    public bool IsBulkPaused() => time.GetUtcNow() < BulkPausedUntil;

    /// <summary>Takes a reply token for the chat; returns the wait until the token is there.</summary>
    public TimeSpan ReserveReply(long chatId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var (tokens, at) = _replyBuckets.GetValueOrDefault(chatId, (_o.ReplyBurstPerChat, now));
            tokens = Math.Min(_o.ReplyBurstPerChat, tokens + (now - at).TotalSeconds * _o.ReplyPerChatPerSecond);
            tokens -= 1;
            _replyBuckets[chatId] = (tokens, now);
            Prune(now);
            return tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens / _o.ReplyPerChatPerSecond);
        }
    }

    /// <summary>A 429 on a bulk send stops all bulk sending (not replies) until retry_after has passed.</summary>
    public void PauseBulk(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _bulkPausedUntil)
                _bulkPausedUntil = until;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        // Chats that have been quiet for a minute carry no pacing state worth keeping.
        if (++_reservations % 4096 != 0)
            return;
        foreach (var (chat, next) in _bulkChatNext.ToList())
            if (next < now - TimeSpan.FromMinutes(1))
                _bulkChatNext.Remove(chat);
        foreach (var (chat, bucket) in _replyBuckets.ToList())
            if (bucket.At < now - TimeSpan.FromMinutes(1))
                _replyBuckets.Remove(chat);
    }

    private static DateTimeOffset Max(params ReadOnlySpan<DateTimeOffset> values)
    {
        var max = DateTimeOffset.MinValue;
        foreach (var v in values)
            if (v > max)
                max = v;
        return max;
    }
}
