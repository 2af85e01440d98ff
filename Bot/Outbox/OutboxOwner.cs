using Microsoft.Extensions.Options;

namespace ClubBot.Outbox;

/// <summary>
/// This process as an owner of outbox rows. Several instances may share a PostgreSQL database (an overlapping
/// deploy, a cluster); each sends only the rows it owns, and takes over another's only once its lease has run out.
/// </summary>
public sealed class OutboxOwner(IOptions<SenderOptions> options)
{
    public string Id { get; } = NewId();

    /// <summary>How long a row stays ours without renewal; an instance that died loses its rows after this.</summary>
    public TimeSpan Lease { get; } = TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Leases are renewed, and abandoned rows looked for, this often.</summary>
    public TimeSpan RenewEvery => Lease / 3;

    private static string NewId()
    {
        // Host and process say which instance it was in a log; the random part keeps a restart apart from its predecessor.
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return id.Length <= 64 ? id : id[^64..];
    }
}
