using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Storage;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait by sleeping and retrying, which costs
/// far more than queueing them here. On PostgreSQL writers run side by side and the gate stays open.
/// </summary>
public sealed class WriteGate(IOptions<StorageOptions> storage)
{
    private readonly SemaphoreSlim? _sqlite = storage.Value.Provider == StorageProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Waits for the turn to write; dispose the result to let the next writer in.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken ct = default)
    {
        if (_sqlite is null)
            return default;
        await _sqlite.WaitAsync(ct);
        return new Turn(_sqlite);
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
            if (_sqlite is null && key is not null)
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [key], ct);
            return turn;
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    public readonly struct Turn(SemaphoreSlim? held) : IDisposable
    {
        public void Dispose() => held?.Release();
    }
}
