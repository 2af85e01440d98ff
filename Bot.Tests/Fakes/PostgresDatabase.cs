using Npgsql;

namespace ClubBot.Tests.Fakes;

/// <summary>A database of its own on the test PostgreSQL server, dropped when disposed.</summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string MissingServer = "Set CLUBBOT_TEST_POSTGRES to a PostgreSQL connection string (bash .ci/postgres.sh prints one).";

    public PostgresDatabase()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(MissingServer);
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ToString();
    }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("CLUBBOT_TEST_POSTGRES");

    public string Name { get; } = $"clubbot_t_{Guid.NewGuid():N}";

    /// <summary>The database does not exist until EF creates it (Migrate or EnsureCreated).</summary>
    public string ConnectionString { get; }

    public void Dispose()
    {
        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false }.ToString();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
