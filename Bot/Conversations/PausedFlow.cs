using System.Text.Json;

namespace ClubBot.Conversations;

/// <summary>
/// A flow a person left in its middle by choosing another menu entry: its step and answers, kept in the session
/// (one per flow, the latest few) until the person opens that entry again and goes on where they stopped.
/// </summary>
public sealed record PausedFlow(string Flow, string? State, string? Draft)
{
    /// <summary>Enough for a person going back and forth between a few entries; older ones are forgotten.</summary>
    private const int Kept = 3;

    /// <summary>Adds <paramref name="paused"/> to the stored list, replacing an earlier pause of the same flow.</summary>
    public static string Keep(string? stored, PausedFlow paused) =>
        JsonSerializer.Serialize(Read(stored).Where(p => p.Flow != paused.Flow).Prepend(paused).Take(Kept).ToList());

    /// <summary>Takes the pause of <paramref name="flow"/> out of the stored list, if there is one.</summary>
    public static PausedFlow? Take(ref string? stored, string flow)
    {
        var all = Read(stored);
        var found = all.FirstOrDefault(p => p.Flow == flow);
        if (found is not null)
        {
            var rest = all.Where(p => p.Flow != flow).ToList();
            stored = rest.Count == 0 ? null : JsonSerializer.Serialize(rest);
        }

        return found;
    }

    private static List<PausedFlow> Read(string? stored) =>
        stored is { Length: > 0 } ? JsonSerializer.Deserialize<List<PausedFlow>>(stored) ?? [] : [];
}
