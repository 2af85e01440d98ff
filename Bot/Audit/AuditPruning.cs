using ClubBot.Pipeline;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Audit;

/// <summary>Journal entries older than <c>Audit:KeepDays</c> go.</summary>
internal sealed class AuditPruning(IOptions<AuditOptions> options) : IPrunable
{
    public Task PruneAsync(BotDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var cutoff = nowUtc.AddDays(-options.Value.KeepDays);
        return db.Set<AuditEntry>().Where(e => e.At < cutoff).ExecuteDeleteAsync(ct);
    }
}
