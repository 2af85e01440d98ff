using Microsoft.Extensions.Options;

namespace ClubBot.Outbox;

/// <summary>
/// Stage 5, send: the sender. Committed outbox rows wait here in lanes, one per chat and priority; a lane sends its rows one
/// after another (so a chat's messages keep their order) while lanes run side by side. Replies and bulk use
/// separate lanes and separate request slots, so a 429 pause or a long broadcast never holds up an answer.
/// </summary>
public sealed class SendStage(
    TelegramDelivery delivery,
    OutboxStore store,
    SendPacer pacer,
    IOptions<SenderOptions> options,
    TimeProvider time,
    ILogger<SendStage> log) : IOutboxPost
{
    private readonly SenderOptions _o = options.Value;
    private readonly Dictionary<(long Chat, OutboxPriority Priority), Queue<OutboxMessage>> _lanes = [];
    private readonly SemaphoreSlim _replySlots = new(options.Value.MaxConcurrentReplies);
    private readonly SemaphoreSlim _bulkSlots = new(options.Value.MaxConcurrentBulk);
    private readonly CancellationTokenSource _stopping = new();
    private readonly HashSet<Task> _running = [];
    private int _pending;

    /// <summary>Rows queued or being sent.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues committed rows; their lanes start if idle.</summary>
    public void Post(IEnumerable<OutboxMessage> messages)
    {
        var start = new List<(long, OutboxPriority)>();
        lock (_lanes)
        {
            foreach (var m in messages)
            {
                Interlocked.Increment(ref _pending);
                var key = (m.ChatId, m.Priority);
                if (_lanes.TryGetValue(key, out var lane))
                {
                    lane.Enqueue(m);
                    continue;
                }

                _lanes[key] = new Queue<OutboxMessage>([m]);
                start.Add(key);
            }
        }

        foreach (var key in start)
            Track(Task.Run(() => RunLaneAsync(key)));
    }

    /// <summary>
    /// Stops sending and waits for the lanes to end, so that a message Telegram has already accepted is recorded
    /// as sent before the process goes (otherwise the next start would send it again). What is not sent stays
    /// pending in the database for the next start.
    /// </summary>
    public async Task StopAsync(CancellationToken ct)
    {
        _stopping.Cancel();
        Task[] running;
        lock (_running)
            running = [.. _running];
        await Task.WhenAll(running).WaitAsync(ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void Track(Task lane)
    {
        lock (_running)
            _running.Add(lane);
        lane.ContinueWith(t => { lock (_running) _running.Remove(t); }, TaskScheduler.Default);
    }

    private async Task RunLaneAsync((long Chat, OutboxPriority Priority) key)
    {
        var ct = _stopping.Token;
        var ended = false;
        // After a 403 the rest of this chat's queue would only earn more 403s: it is dropped without asking again.
        var blocked = false;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                OutboxMessage message;
                lock (_lanes)
                {
                    var lane = _lanes[key];
                    if (lane.Count == 0)
                    {
                        _lanes.Remove(key);
                        ended = true;
                        return;
                    }

                    message = lane.Peek();
                }

                Final final;
                try
                {
                    final = blocked ? new Final(OutboxState.Dropped, "the chat refused an earlier message (403)", false) : await SendOneAsync(message, ct);
                    blocked |= final.Unreachable;
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    // A fault of ours, not Telegram's (a payload we cannot build, say): trying again would fail
                    // the same way, and waiting would hold up every later message to this chat.
                    log.LogError(ex, "Message {Id} for chat {ChatId} could not be sent and is dropped", message.Id, message.ChatId);
                    final = new Final(OutboxState.Dropped, $"{ex.GetType().Name}: {ex.Message}", false);
                }

                await RecordAsync(message, final, ct);
                lock (_lanes)
                    _lanes[key].Dequeue();
                Interlocked.Decrement(ref _pending);
            }
        }
        finally
        {
            // However the lane ends, it must not stay registered: a later Post would queue behind a lane that
            // no longer runs. Rows left in it are still pending in the database for the next start.
            if (!ended)
            {
                lock (_lanes)
                {
                    if (_lanes.Remove(key, out var left))
                        Interlocked.Add(ref _pending, -left.Count);
                }
            }
        }
    }

    private readonly record struct Final(OutboxState State, string? Error, bool Unreachable);

    /// <summary>Stores how a row ended; a database hiccup is retried, never answered by sending again.</summary>
    private async Task RecordAsync(OutboxMessage message, Final final, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                if (final.Unreachable)
                    await store.MarkUnreachableAsync(message.ChatId, CancellationToken.None);
                if (final.State == OutboxState.Sent)
                    await store.MarkSentAsync(message, CancellationToken.None);
                else
                    await store.MarkDroppedAsync(message, final.Error, CancellationToken.None);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                log.LogError(ex, "Outbox row {Id} for chat {ChatId}: could not record its state", message.Id, message.ChatId);
                await Task.Delay(TimeSpan.FromSeconds(1), time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Sends one row until it is sent or given up.</summary>
    private async Task<Final> SendOneAsync(OutboxMessage message, CancellationToken ct)
    {
        var bulk = message.Priority == OutboxPriority.Bulk;
        while (true)
        {
            await WaitForTurnAsync(message.ChatId, bulk, ct);
            var slots = bulk ? _bulkSlots : _replySlots;
            await slots.WaitAsync(ct);
            DeliveryOutcome outcome;
            var started = false;
            try
            {
                while (bulk && pacer.TakeBulkStart() is { Ticks: > 0 } late)
                    await Task.Delay(late, time, ct);
                started = bulk;
                message.Attempts++;
                // A request under way is not cancelled by a stop: Telegram may already have the message, and only its
                // answer lets us record that. The client's own time-out bounds the wait.
                outcome = await delivery.DeliverAsync(message, CancellationToken.None);
            }
            finally
            {
                slots.Release();
                if (started)
                    pacer.BulkAnswered();
                if (bulk)
                    pacer.BulkFinished(message.ChatId);
            }

            switch (outcome.Result)
            {
                case DeliveryResult.Sent:
                    return new Final(OutboxState.Sent, null, false);
                case DeliveryResult.Unreachable:
                    log.LogInformation("Chat {ChatId} cannot be reached ({Error}); message {Id} dropped", message.ChatId, outcome.Error, message.Id);
                    return new Final(OutboxState.Dropped, outcome.Error, true);
                case DeliveryResult.Rejected:
                    log.LogWarning("Telegram refused message {Id} for chat {ChatId}: {Error}", message.Id, message.ChatId, outcome.Error);
                    return new Final(OutboxState.Dropped, outcome.Error, false);
                case DeliveryResult.TooManyRequests:
                    log.LogWarning("429 for chat {ChatId}: waiting {Seconds} s", message.ChatId, outcome.RetryAfter.TotalSeconds);
                    if (bulk)
                        pacer.PauseBulk(outcome.RetryAfter);
                    await Task.Delay(outcome.RetryAfter, time, ct);
                    break;
                case DeliveryResult.Transient:
                    if (time.GetUtcNow().UtcDateTime - message.CreatedAt > TimeSpan.FromHours(_o.GiveUpAfterHours))
                    {
                        log.LogError("Message {Id} for chat {ChatId} given up after {Attempts} attempts: {Error}", message.Id, message.ChatId, message.Attempts, outcome.Error);
                        return new Final(OutboxState.Dropped, outcome.Error, false);
                    }

                    var delay = RetryDelay(message.Attempts);
                    log.LogWarning("Message {Id} for chat {ChatId} failed ({Error}); retry in {Seconds} s", message.Id, message.ChatId, outcome.Error, delay.TotalSeconds);
                    await Task.Delay(delay, time, ct);
                    break;
            }
        }
    }

    private async Task WaitForTurnAsync(long chatId, bool bulk, CancellationToken ct)
    {
        if (!bulk)
        {
            var wait = pacer.ReserveReply(chatId);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, ct);
            return;
        }

        do
        {
            var wait = pacer.ReserveBulk(chatId);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, ct);
        }
        while (pacer.IsBulkPaused());
    }

    internal TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(_o.MaxRetryDelaySeconds, _o.RetryDelaySeconds * Math.Pow(2, Math.Min(attempts - 1, 20))));
}
