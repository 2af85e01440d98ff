using ClubBot.Storage;

namespace ClubBot.Pipeline;

/// <summary>A table that would otherwise only grow; its owner says what may go, and housekeeping asks once an hour.</summary>
public interface IPrunable
{
    /// <summary>Deletes what is no longer needed; called with the writer's turn held.</summary>
    Task PruneAsync(BotDbContext db, DateTime nowUtc, CancellationToken ct);
}
