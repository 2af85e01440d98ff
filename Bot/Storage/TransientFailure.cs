using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClubBot.Storage;

/// <summary>Database failures that say "try again": a busy or locked SQLite file, a PostgreSQL deadlock or lost connection.</summary>
public static class TransientFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
