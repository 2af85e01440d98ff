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

    public readonly struct Turn(SemaphoreSlim? held) : IDisposable
    {
        public void Dispose() => held?.Release();
    }
}
