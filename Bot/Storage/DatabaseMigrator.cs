using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Storage;

/// <summary>Brings the schema up to date before anything else starts (registered as the first hosted service).</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<StorageOptions> options, ILogger<DatabaseMigrator> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (options.Value.Provider == StorageProvider.Sqlite)
            CreateSqliteFolder(options.Value.ConnectionString);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await db.Database.MigrateAsync(ct);
        if (options.Value.Provider == StorageProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        log.LogInformation("Database ready ({Provider})", options.Value.Provider);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private static void CreateSqliteFolder(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
