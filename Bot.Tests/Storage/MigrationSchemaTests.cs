using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClubBot.Tests.Storage;

/// <summary>The migrations are written by hand; this keeps them equal to what the model describes.</summary>
public sealed class MigrationSchemaTests
{
    private static BotDbContext Open(string connectionString) => new(new DbContextOptionsBuilder<BotDbContext>()
        .UseSqlite(connectionString)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);

    [Fact]
    public async Task Sqlite_MigrateBuildsTheSameSchemaAsTheModel()
    {
        using var migrated = new TestDatabase();
        using var created = new TestDatabase();
        await using (var db = Open(migrated.ConnectionString))
            await db.Database.MigrateAsync();
        await using (var db = Open(created.ConnectionString))
            await db.Database.EnsureCreatedAsync();

        var expected = await DescribeAsync(created.ConnectionString);
        var actual = await DescribeAsync(migrated.ConnectionString);

        Assert.NotEmpty(expected);
        Assert.Contains(expected, line => line.Contains(" fk ", StringComparison.Ordinal) && line.Contains("on_delete=", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Sqlite_MigrateTwice_ChangesNothing()
    {
        using var database = new TestDatabase();
        await using var db = Open(database.ConnectionString);
        await db.Database.MigrateAsync();
        var before = await DescribeAsync(database.ConnectionString);

        await db.Database.MigrateAsync();

        Assert.Equal(before, await DescribeAsync(database.ConnectionString));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    /// <summary>Tables, columns (type, nullability, key), indexes and foreign keys with their delete rule, one line each, sorted.</summary>
    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        foreach (var table in tables)
        {
            lines.AddRange(await RowsAsync(connection, $"PRAGMA table_info('{table}')", r => $"{table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)}"));
            foreach (var index in await RowsAsync(connection, $"PRAGMA index_list('{table}')", r => $"{r.GetString(1)}|{r.GetInt64(2)}"))
            {
                var name = index.Split('|')[0];
                var columns = await RowsAsync(connection, $"PRAGMA index_info('{name}')", r => r.GetString(2));
                lines.Add($"{table} index {name} unique={index.Split('|')[1]} ({string.Join(",", columns)})");
            }

            lines.AddRange(await RowsAsync(connection, $"PRAGMA foreign_key_list('{table}')",
                r => $"{table} fk {r.GetString(3)} -> {r.GetString(2)}.{(r.IsDBNull(4) ? "(key)" : r.GetString(4))} on_delete={r.GetString(6)} on_update={r.GetString(5)}"));
            lines.AddRange(await RowsAsync(connection, $"SELECT sql FROM sqlite_master WHERE name = '{table}'", r => r.GetString(0).Contains("AUTOINCREMENT") ? $"{table} autoincrement" : $"{table} plain"));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection, string sql, Func<SqliteDataReader, string> row)
    {
        var result = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result.Add(row(reader));
        return result;
    }
}
