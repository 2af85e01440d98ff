using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Pipeline;

/// <summary>An update as received; HandledAt is set in the same transaction as everything its handling changed.</summary>
public sealed class InboxUpdate
{
    public long UpdateId { get; set; }

    public long? ChatId { get; set; }

    public required string Payload { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime? HandledAt { get; set; }

    /// <summary>Why the update could not be read; such an update is stored as it came and never handled.</summary>
    public string? Poison { get; set; }
}

internal sealed class InboxUpdateConfiguration : IEntityTypeConfiguration<InboxUpdate>
{
    public void Configure(EntityTypeBuilder<InboxUpdate> e)
    {
        e.ToTable("InboxUpdates");
        e.HasKey(x => x.UpdateId);
        e.Property(x => x.UpdateId).ValueGeneratedNever();
        e.HasIndex(x => x.HandledAt);
        e.Property(x => x.Poison).HasMaxLength(400);
    }
}
