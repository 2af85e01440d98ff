using ClubBot.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ClubBot.Outbox;

/// <summary>
/// On PostgreSQL, this instance says it is alive by holding a session advisory lock on its owner id for as long as
/// it runs, on a connection of its own. The server frees the lock when the session ends, a kill -9 included, so a
/// free lock proves the owner is gone: another instance takes its unsent rows at once instead of waiting out
/// their lease (<see cref="OutboxStore.ClaimAsync"/>). SQLite has one process per file and needs none of this.
/// </summary>
public sealed class OwnerLiveness(OutboxOwner owner, IOptions<StorageOptions> storage, ILogger<OwnerLiveness> log) : IAsyncDisposable
{
    /// <summary>The first key of the two-key advisory lock; the second is <c>hashtext(owner)</c>. Kept apart from the write gate's one-key locks.</summary>
    public const int LockSpace = 0x0C1B;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _connection;

    /// <summary>Takes the lock, or takes it again on a new session when the old one was lost (a server restart).</summary>
    public async Task HoldAsync(CancellationToken ct)
    {
        if (storage.Value.Provider != StorageProvider.Postgres)
            return;
        await _gate.WaitAsync(ct);
        try
        {
            if (_connection is not null && await StillHeldAsync(_connection, ct))
                return;
            if (_connection is not null)
            {
                log.LogWarning("The liveness session was lost; taking the owner lock again");
                await _connection.DisposeAsync();
                _connection = null;
            }

            // Unpooled: closing it must end the session, and with it the lock, not park it in the pool.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(storage.Value.ConnectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(ct);
            await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@space, hashtext(@owner))", connection))
            {
                take.Parameters.AddWithValue("space", LockSpace);
                take.Parameters.AddWithValue("owner", owner.Id);
                await take.ExecuteNonQueryAsync(ct);
            }

            _connection = connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
        _gate.Dispose();
    }

    private static async Task<bool> StillHeldAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            await using var ping = new NpgsqlCommand("SELECT 1", connection);
            await ping.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }
}
