using ClubBot.Transport;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace ClubBot.Pipeline;

/// <summary>
/// Stage 2, dispatch: puts stored updates in their chat's lane; one chat in order, chats in parallel. Tells when there is room, so
/// no more than <see cref="PipelineOptions.MaxPending"/> wait in memory, and which updates it holds, so the
/// inbox backlog knows what is still only stored.
/// </summary>
public sealed class DispatchStage
{
    private readonly HandleStage _processor;
    private readonly ChatSequencer _sequencer;
    private readonly Lock _room = new();
    private readonly HashSet<long> _held = [];
    private readonly int _maxPending;
    private TaskCompletionSource _roomFreed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DispatchStage(HandleStage processor, IOptions<PipelineOptions> options)
    {
        _processor = processor;
        _maxPending = options.Value.MaxPending;
        _sequencer = new ChatSequencer(options.Value.MaxParallelChats, FreeRoom);
    }

    /// <summary>Updates dispatched and not yet handled.</summary>
    public int Pending => _sequencer.Pending;

    /// <summary>How many more may be dispatched now.</summary>
    public int Room => Math.Max(0, _maxPending - Pending);

    public void Dispatch(Update update)
    {
        lock (_held)
            _held.Add(update.Id);
        _sequencer.Enqueue(update.ChatId ?? 0, async () =>
        {
            // An update that could be neither handled nor apologised for stays held until the next start, which
            // tries it again; dispatching it again at once would only fail again, in a loop.
            if (await _processor.ProcessAsync(update))
                lock (_held)
                    _held.Remove(update.Id);
        });
    }

    /// <summary>The updates in memory now (and those given up on until the next start).</summary>
    public HashSet<long> Held()
    {
        lock (_held)
            return [.. _held];
    }

    /// <summary>Waits until at least one more update may be dispatched; returns how many may.</summary>
    public async Task<int> WaitForRoomAsync(CancellationToken ct)
    {
        while (true)
        {
            Task freed;
            lock (_room)
            {
                if (Room > 0)
                    return Room;
                freed = _roomFreed.Task;
            }

            await freed.WaitAsync(ct);
        }
    }

    private void FreeRoom()
    {
        TaskCompletionSource freed;
        lock (_room)
        {
            freed = _roomFreed;
            _roomFreed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        freed.TrySetResult();
    }
}
