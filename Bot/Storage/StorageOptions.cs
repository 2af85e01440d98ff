namespace ClubBot.Storage;

/// <summary>Which database the bot keeps its data in.</summary>
public enum StorageProvider
{
    /// <summary>One embedded file; right for one centre and one process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server; for several instances or a whole region.</summary>
    Postgres,
}

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite or Postgres.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>For SQLite "Data Source=data/clubbot.db" (the folder is created); for PostgreSQL an Npgsql connection string.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/clubbot.db";
}
