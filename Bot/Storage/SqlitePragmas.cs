using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClubBot.Storage;

/// <summary>
/// In WAL mode synchronous=NORMAL loses nothing when the process crashes (only on power loss may the last
/// commits go), and makes each commit an order of magnitude cheaper than FULL.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    // Set once per physical connection: the pool hands the same native handle to many short-lived
    // SqliteConnection objects, and running the pragmas on every open cost a statement per query.
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !_configured.TryAdd(handle, handle))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
