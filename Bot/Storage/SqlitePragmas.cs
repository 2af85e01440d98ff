using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClubBot.Storage;

/// <summary>
/// In WAL mode synchronous=NORMAL loses nothing when the process crashes (only on power loss may the last
/// commits go), and makes each commit an order of magnitude cheaper than FULL.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
