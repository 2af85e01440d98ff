using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ClubBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database (SQLite or PostgreSQL), migrated at start.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.PostConfigure<StorageOptions>(o => o.ConnectionString = SqliteFile.Anchor(o));
        // Pooled: a context's internal services are built once and reused, which was a tenth of an update's CPU.
        builder.Services.AddDbContextPool<BotDbContext>((sp, db) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider == StorageProvider.Postgres)
                db.UseNpgsql(WithPoolLimit(storage.ConnectionString));
            else
                db.UseSqlite(storage.ConnectionString).AddInterceptors(new SqlitePragmas());
            // Migrations are written by hand (the design-time package does not restore here), so there is no snapshot.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)
                // EF logs every failed command at error level, also the ones we expect and handle (a twin webhook
                // delivery hitting the inbox key, the first connection to a database that migration is about to create). Whoever catches
                // a failure logs it with what it meant, at the level it deserves; EF's own line is detail.
                .Log((RelationalEventId.CommandError, LogLevel.Information),
                    (RelationalEventId.ConnectionError, LogLevel.Information),
                    (CoreEventId.SaveChangesFailed, LogLevel.Information)));
        }, poolSize: 256);
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddSingleton<KeptConnections>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    /// <summary>
    /// Up to Pipeline:MaxParallelChats handlers read at once, and a few instances may share one server, whose
    /// default limit is 100 connections; unless the connection string says otherwise, one instance keeps to 20
    /// and a handler waits for a free one rather than the server refusing a new one.
    /// </summary>
    internal static string WithPoolLimit(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("maxpoolsize", StringComparison.OrdinalIgnoreCase))
            builder.MaxPoolSize = MaxPostgresConnections;
        return builder.ConnectionString;
    }

    private const int MaxPostgresConnections = 20;
}
