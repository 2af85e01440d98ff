using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Activities;

/// <summary>
/// A repeating activity («по вторникам и четвергам в 14:00»): created once, kept as dated activities that each have
/// their own seats, waiting list, reminders, roster and attendance; the series only ties them together.
/// </summary>
public sealed class ActivitySeries
{
    public long Id { get; set; }

    /// <summary>The weekdays it meets on, one bit per <see cref="DayOfWeek"/> (Sunday is bit 0).</summary>
    public int Weekdays { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class ActivitySeriesConfiguration : IEntityTypeConfiguration<ActivitySeries>
{
    public void Configure(EntityTypeBuilder<ActivitySeries> e)
    {
        e.ToTable("ActivitySeries");
        e.HasKey(x => x.Id);
    }
}
