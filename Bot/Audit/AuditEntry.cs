using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Audit;

/// <summary>One change a member of staff made: who, when, what, and the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The person who acted (their row stays, even when their name is erased later).</summary>
    public long? ActorId { get; set; }

    /// <summary>The name as it was when they acted, so the journal reads without joins.</summary>
    public required string Actor { get; set; }

    /// <summary>What was done, as a stable code (activity.cancel, role.grant …).</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to, in words: «Хор «Рябинушка», 12.12 14:00», «заявка № 17», «Анна Петрова».</summary>
    public required string Subject { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditEntries");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.At);
        e.HasIndex(x => x.ActorId);
        e.Property(x => x.Actor).HasMaxLength(100);
        e.Property(x => x.Action).HasMaxLength(40);
        e.Property(x => x.Subject).HasMaxLength(300);
        e.Property(x => x.Before).HasMaxLength(2000);
        e.Property(x => x.After).HasMaxLength(2000);
    }
}
