namespace ClubBot.Scheduling;

/// <summary>
/// Work that becomes due with time (reminders, invitations, the digest). A recurring Quartz job asks it to do
/// what is due now; the work re-reads the database and records each send, so running twice sends once and a
/// run after downtime catches up.
/// </summary>
public interface IDueWork
{
    /// <summary>Does what is due at <paramref name="nowUtc"/>; returns how many things it did (for the log).</summary>
    Task<int> RunAsync(DateTime nowUtc, CancellationToken ct);
}
