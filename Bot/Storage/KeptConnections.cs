using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Storage;

/// <summary>
/// SQLite connections kept open between uses; the handlers' reads, the group commit and the sent marks borrow
/// them. Opening a pooled SQLite connection registers EF's dozen SQL functions on it and returning it unregisters
/// them again; several times per update that was about a tenth of the bot's CPU. A kept connection holds no
/// transaction while it waits here, so it blocks neither writers nor the WAL checkpoint. Each one belongs to a
/// context that never returns to the pool (EF set it up, functions and pragmas included, when it first opened).
/// On PostgreSQL, opening a pooled connection is cheap and the context opens its own as usual.
/// </summary>
public sealed class KeptConnections(IServiceScopeFactory scopes, IOptions<StorageOptions> storage) : IAsyncDisposable
{
    /// <summary>More borrowers than this at once open their own connections, as before; each kept one holds a page cache.</summary>
    internal const int MaxKept = 16;

    private readonly bool _enabled = storage.Value.Provider == StorageProvider.Sqlite;
    private readonly ConcurrentBag<Holder> _free = [];
    private readonly ConcurrentQueue<Holder> _all = [];
    private int _made;

    /// <summary>
    /// Opens <paramref name="db"/>: on a kept connection where one is free or may still be made, otherwise its own as
    /// usual. Give it back with <see cref="ReturnAsync"/>.
    /// </summary>
    public async ValueTask<Lease> OpenAsync(BotDbContext db)
    {
        if (_enabled && (_free.TryTake(out var holder) || (holder = await TryCreateAsync()) is not null))
        {
            var own = db.Database.GetConnectionString();
            db.Database.SetDbConnection(holder.Connection, contextOwnsConnection: false);
            return new Lease(holder, own);
        }

        await db.Database.OpenConnectionAsync();
        return default;
    }

    /// <summary>
    /// Rolls back a transaction the handler left open (a failed locked decision), so the next borrower finds the
    /// connection clean and the next writer its turn; then points <paramref name="db"/> back at its own connection, closed.
    /// </summary>
    public async ValueTask ReturnAsync(BotDbContext db, Lease lease)
    {
        if (db.Database.CurrentTransaction is { } open)
            await open.DisposeAsync();
        if (lease.Holder is not { } holder)
        {
            await db.Database.CloseConnectionAsync();
            return;
        }

        db.Database.SetDbConnection(null);
        db.Database.SetConnectionString(lease.ConnectionString);
        _free.Add(holder);
    }

    private async ValueTask<Holder?> TryCreateAsync()
    {
        if (Interlocked.Increment(ref _made) > MaxKept)
        {
            Interlocked.Decrement(ref _made);
            return null;
        }

        var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        try
        {
            await db.Database.OpenConnectionAsync();
        }
        catch
        {
            Interlocked.Decrement(ref _made);
            await scope.DisposeAsync();
            throw;
        }

        var holder = new Holder(scope, db.Database.GetDbConnection());
        _all.Enqueue(holder);
        return holder;
    }

    public async ValueTask DisposeAsync()
    {
        while (_all.TryDequeue(out var holder))
            await holder.Scope.DisposeAsync();
    }

    internal sealed record Holder(AsyncServiceScope Scope, DbConnection Connection);

    /// <summary>Which kept connection a context borrowed, and its own connection string to go back to.</summary>
    public readonly struct Lease
    {
        internal Lease(Holder holder, string? connectionString) => (Holder, ConnectionString) = (holder, connectionString);

        internal Holder? Holder { get; }

        internal string? ConnectionString { get; }
    }
}
