using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Scheduling;

/// <summary>A scheduled message that went out, under a key naming what and when ("ride:12:24h"), so it goes once.</summary>
public sealed class SentNotice
{
    public required string Key { get; set; }

    public DateTime SentAt { get; set; }
}

internal sealed class SentNoticeConfiguration : IEntityTypeConfiguration<SentNotice>
{
    public void Configure(EntityTypeBuilder<SentNotice> e)
    {
        e.ToTable("SentNotices");
        e.HasKey(x => x.Key);
        e.Property(x => x.Key).HasMaxLength(80);
    }
}
