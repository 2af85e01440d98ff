using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ClubBot.Tests.Storage;

public sealed class PostgresSchemaTests
{
    private static BotDbContext Open(string connectionString) => new(new DbContextOptionsBuilder<BotDbContext>()
        .UseNpgsql(connectionString)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);

    [PostgresFact]
    public async Task Postgres_MigrateBuildsTheSameSchemaAsTheModel()
    {
        using var migrated = new PostgresDatabase();
        using var created = new PostgresDatabase();
        await using (var db = Open(migrated.ConnectionString))
            await db.Database.MigrateAsync();
        await using (var db = Open(created.ConnectionString))
            await db.Database.EnsureCreatedAsync();

        var expected = await DescribeAsync(created.ConnectionString);

        Assert.NotEmpty(expected);
        Assert.Contains(expected, line => line.Contains(" fk ", StringComparison.Ordinal) && line.Contains("on_delete=", StringComparison.Ordinal));
        Assert.Equal(expected, await DescribeAsync(migrated.ConnectionString));
    }

    /// <summary>Columns, indexes and foreign keys with their delete rule, one line each, sorted.</summary>
    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        const string sql = """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable || ' identity=' || is_identity
                   || ' default=' || coalesce(column_default, '') || ' len=' || coalesce(character_maximum_length::text, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT kcu.table_name || ' fk ' || kcu.column_name || ' -> ' || ccu.table_name || '.' || ccu.column_name
                   || ' on_delete=' || rc.delete_rule || ' on_update=' || rc.update_rule
            FROM information_schema.referential_constraints rc
            JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
            JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.constraint_name AND ccu.constraint_schema = rc.constraint_schema
            WHERE rc.constraint_schema = 'public'
            """;
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(0));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
