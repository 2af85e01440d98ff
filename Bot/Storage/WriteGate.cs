using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Storage;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait by sleeping and retrying, which costs
/// far more than queueing them here. Waiters go in arrival order, except that sent marks go before the rest.
/// On PostgreSQL writers run side by side and the gate stays open.
/// </summary>
public sealed class WriteGate(IOptions<StorageOptions> storage)
{
    private readonly bool _sqlite = storage.Value.Provider == StorageProvider.Sqlite;
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _marks = [];
    private readonly LinkedList<TaskCompletionSource> _others = [];
    private bool _taken;

    /// <summary>Waits for the turn to write; dispose the result to let the next writer in.</summary>
    public ValueTask<Turn> EnterAsync(CancellationToken ct = default) => EnterAsync(first: false, ct);

    /// <summary>
    /// The turn for recording sent messages, given before any update commit that waits: a message Telegram has
    /// accepted and the bot has not yet recorded is one a crash would send twice, so that window stays short.
    /// </summary>
    public ValueTask<Turn> EnterForMarksAsync(CancellationToken ct = default) => EnterAsync(first: true, ct);

    private async ValueTask<Turn> EnterAsync(bool first, CancellationToken ct)
    {
        if (!_sqlite)
            return default;
        TaskCompletionSource waiter;
        LinkedListNode<TaskCompletionSource> node;
        lock (_lock)
        {
            if (!_taken)
            {
                _taken = true;
                return new Turn(this);
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            node = (first ? _marks : _others).AddLast(waiter);
        }

        try
        {
            await waiter.Task.WaitAsync(ct);
            return new Turn(this);
        }
        catch (OperationCanceledException)
        {
            lock (_lock)
            {
                // Handed the turn just as the wait was given up: pass it on rather than lose it.
                if (node.List is not null)
                {
                    node.List.Remove(node);
                    throw;
                }
            }

            Release();
            throw;
        }
    }

    private void Release()
    {
        lock (_lock)
        {
            var next = _marks.First ?? _others.First;
            if (next is null)
            {
                _taken = false;
                return;
            }

            next.List!.Remove(next);
            next.Value.SetResult();
        }
    }

    /// <summary>
    /// Starts the unit of work's transaction now and makes it the only one touching <paramref name="key"/> until it
    /// ends: on SQLite by taking the writer's turn early, on PostgreSQL with a transaction-scoped advisory lock.
    /// For decisions that read before they write, like the last free seat.
    /// </summary>
    public async ValueTask<Turn> LockAsync(BotDbContext db, long? key, CancellationToken ct = default)
    {
        var turn = await EnterAsync(ct);
        try
        {
            if (db.Database.CurrentTransaction is null)
                await db.Database.BeginTransactionAsync(ct);
            if (!_sqlite && key is not null)
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [key], ct);
            return turn;
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    public readonly struct Turn(WriteGate? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
