using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Activities;

public enum ActivityState
{
    Planned = 0,
    Cancelled = 1,
    Held = 2,
}

/// <summary>A club meeting, a trip, a workshop, a rehearsal, a doctor's visit: something people sign up for.</summary>
public sealed class Activity
{
    public long Id { get; set; }

    /// <summary>A code from <c>Activities:Kinds</c>.</summary>
    public required string Kind { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    /// <summary>The place, or the meeting point of a trip.</summary>
    public string? Place { get; set; }

    public string? Settlement { get; set; }

    /// <summary>Seats; null when there is no limit.</summary>
    public int? Capacity { get; set; }

    /// <summary>Roubles; null when free.</summary>
    public int? Price { get; set; }

    public string? Accessibility { get; set; }

    public ActivityState State { get; set; }

    /// <summary>The series this date belongs to; null for a one-off.</summary>
    public long? SeriesId { get; set; }

    /// <summary>The event this is a session of (a platform, a master class); null otherwise.</summary>
    public long? ForumDayId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Bumped on every change, so a coordinator's two edits at once cannot both win.</summary>
    public int Version { get; set; }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> e)
    {
        e.ToTable("Activities");
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(16);
        e.Property(x => x.Title).HasMaxLength(150);
        e.Property(x => x.Description).HasMaxLength(2000);
        e.Property(x => x.Place).HasMaxLength(200);
        e.Property(x => x.Settlement).HasMaxLength(100);
        e.Property(x => x.Accessibility).HasMaxLength(500);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => new { x.State, x.StartsAt });
        e.HasIndex(x => new { x.SeriesId, x.StartsAt });
        e.HasIndex(x => new { x.ForumDayId, x.StartsAt });
    }
}
