using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Activities;

/// <summary>
/// An event of parallel sessions (P12, seed 004: a «Марафон социальных технологий» with five platforms at once):
/// each session is an activity of its own — place, seats, roster, attendance — and a person holds at most one
/// session of the event at any moment.
/// </summary>
public sealed class ForumDay
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class ForumDayConfiguration : IEntityTypeConfiguration<ForumDay>
{
    public void Configure(EntityTypeBuilder<ForumDay> e)
    {
        e.ToTable("ForumDays");
        e.HasKey(x => x.Id);
        e.Property(x => x.Title).HasMaxLength(150);
    }
}
