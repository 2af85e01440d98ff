using System.Text.Json;
using System.Text.Json.Nodes;
using ClubBot.Hosting;
using ClubBot.Storage;
using Microsoft.Extensions.Options;

namespace ClubBot.Terminal;

/// <summary>
/// Messages the bot sends to people other than the one at this terminal. Each waits in its chat's file beside the
/// database, as it would wait on that person's phone, and is shown when a terminal opens as them (<c>--as ID</c>).
/// </summary>
public sealed class TerminalMailbox(IOptions<StorageOptions> storage)
{
    private static readonly Lock Gate = new();

    private string Folder { get; } = FolderFor(storage.Value);

    public void Keep(long chatId, string method, JsonElement parameters)
    {
        var line = new JsonObject { ["method"] = method, ["parameters"] = JsonNode.Parse(parameters.GetRawText()) }.ToJsonString();
        lock (Gate)
        {
            Directory.CreateDirectory(Folder);
            File.AppendAllLines(PathFor(chatId), [line]);
        }
    }

    /// <summary>What waited for <paramref name="chatId"/>, oldest first; taken out of the mailbox.</summary>
    public IReadOnlyList<(string Method, JsonElement Parameters)> Take(long chatId)
    {
        string[] lines;
        lock (Gate)
        {
            var path = PathFor(chatId);
            if (!File.Exists(path))
                return [];
            lines = File.ReadAllLines(path);
            File.Delete(path);
        }

        return lines.Where(l => l.Length > 0).Select(l =>
        {
            var entry = JsonDocument.Parse(l).RootElement;
            return (entry.GetProperty("method").GetString()!, entry.GetProperty("parameters").Clone());
        }).ToList();
    }

    private string PathFor(long chatId) => Path.Combine(Folder, $"{chatId}.jsonl");

    // Beside the SQLite file, so each database (and each test's) has its own mailboxes.
    private static string FolderFor(StorageOptions o) =>
        TerminalFiles.BesideDatabase(o) is { } file ? file + ".terminal-mail" : Path.Combine(Path.GetDirectoryName(ConfigFiles.FindFolder())!, "data", "terminal-mail");
}
