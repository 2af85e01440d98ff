using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ClubBot.Storage;

/// <summary>Catches a connection string that cannot be parsed before anything tries to open it.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.ConnectionString))
            return ValidateOptionsResult.Fail("Storage:ConnectionString is required.");
        try
        {
            if (o.Provider == StorageProvider.Sqlite)
            {
                var builder = new SqliteConnectionStringBuilder(o.ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.DataSource))
                    return ValidateOptionsResult.Fail("Storage:ConnectionString needs a Data Source (a file path) for SQLite.");
            }
            else
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(o.ConnectionString);
            }
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"Storage:ConnectionString cannot be read for {o.Provider}: {ex.Message}");
        }

        return ValidateOptionsResult.Success;
    }
}
