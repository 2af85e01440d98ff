using ClubBot.Hosting;
using ClubBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ClubBot.Terminal;

/// <summary>
/// Files the bot sends in console mode (reports, rosters) are saved, as a phone would keep them: under
/// <c>files/</c> beside the SQLite database (<c>data/files/</c> with the shipped configuration). A second file of
/// the same name gets a number, so nothing saved before is overwritten.
/// </summary>
public sealed class TerminalFiles(IOptions<StorageOptions> storage)
{
    private static readonly Lock Gate = new();

    public string Folder { get; } = FolderFor(storage.Value);

    /// <summary>Saves <paramref name="content"/> and returns the full path it was saved at.</summary>
    public string Save(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        lock (Gate)
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, name);
            for (var n = 2; File.Exists(path); n++)
                path = Path.Combine(Folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
            File.WriteAllBytes(path, content);
            return path;
        }
    }

    private static string FolderFor(StorageOptions o) =>
        BesideDatabase(o) is { } file ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "files") : Path.Combine(Path.GetDirectoryName(ConfigFiles.FindFolder())!, "data", "files");

    /// <summary>The SQLite file the terminal's own files go beside; null for PostgreSQL or an in-memory database.</summary>
    internal static string? BesideDatabase(StorageOptions o) =>
        o.Provider == StorageProvider.Sqlite && new SqliteConnectionStringBuilder(SqliteFile.Anchor(o)).DataSource is { Length: > 0 } file && file != ":memory:" ? file : null;
}
