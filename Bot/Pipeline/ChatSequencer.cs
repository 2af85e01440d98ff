namespace ClubBot.Pipeline;

/// <summary>
/// Runs work items of one chat strictly in order, and items of different chats in parallel, at most
/// <c>maxParallel</c> at a time. A chat's lane exists only while it has work, so memory follows the backlog.
/// <paramref name="finished"/> runs after each item, once it no longer counts as pending.
/// </summary>
public sealed class ChatSequencer(int maxParallel, Action? finished = null)
{
    private readonly SemaphoreSlim _slots = new(maxParallel, maxParallel);
    private readonly Dictionary<long, Queue<Func<Task>>> _lanes = [];
    private int _pending;

    /// <summary>Items queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Enqueue(long chatId, Func<Task> work)
    {
        Interlocked.Increment(ref _pending);
        lock (_lanes)
        {
            if (_lanes.TryGetValue(chatId, out var queue))
            {
                queue.Enqueue(work);
                return;
            }

            _lanes[chatId] = new Queue<Func<Task>>();
        }

        _ = Task.Run(() => RunLaneAsync(chatId, work));
    }

    private async Task RunLaneAsync(long chatId, Func<Task> first)
    {
        var next = first;
        while (true)
        {
            await _slots.WaitAsync();
            try
            {
                await next();
            }
            catch
            {
                // The work item reports its own failures; a lane must survive them.
            }
            finally
            {
                _slots.Release();
                Interlocked.Decrement(ref _pending);
                finished?.Invoke();
            }

            lock (_lanes)
            {
                var queue = _lanes[chatId];
                if (queue.Count == 0)
                {
                    _lanes.Remove(chatId);
                    return;
                }

                next = queue.Dequeue();
            }
        }
    }
}
