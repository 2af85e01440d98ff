using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Digest;

/// <summary>A digest that went out, one per local day: the next one covers what happened since.</summary>
public sealed class DigestLog
{
    public DateOnly Day { get; set; }

    public DateTime SentAt { get; set; }
}

internal sealed class DigestLogConfiguration : IEntityTypeConfiguration<DigestLog>
{
    public void Configure(EntityTypeBuilder<DigestLog> e)
    {
        e.ToTable("DigestLogs");
        e.HasKey(x => x.Day);
    }
}
