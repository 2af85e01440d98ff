using ClubBot.Hosting;
using Microsoft.Data.Sqlite;

namespace ClubBot.Storage;

/// <summary>
/// A relative SQLite path is taken from the folder that holds config/ (the repository root, or /app in the
/// image), not from wherever the process was started, so every way of running the bot finds the same file.
/// </summary>
internal static class SqliteFile
{
    public static string Anchor(StorageOptions o)
    {
        if (o.Provider != StorageProvider.Sqlite || string.IsNullOrWhiteSpace(o.ConnectionString))
            return o.ConnectionString;
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(o.ConnectionString);
        }
        catch (ArgumentException)
        {
            return o.ConnectionString; // the validator reports it
        }

        if (builder.DataSource is "" or ":memory:" || Path.IsPathRooted(builder.DataSource) || builder.Mode == SqliteOpenMode.Memory)
            return o.ConnectionString;
        var root = Path.GetDirectoryName(ConfigFiles.FindFolder())!;
        builder.DataSource = Path.Combine(root, builder.DataSource);
        return builder.ToString();
    }
}
