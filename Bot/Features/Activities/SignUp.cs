using ClubBot.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Activities;

public enum SignUpState
{
    Confirmed = 1,
    Waiting = 2,
    Cancelled = 3,
}

/// <summary>A person's seat at an activity, or their place on its waiting list (in the order of <see cref="Id"/>).</summary>
public sealed class SignUp
{
    public long Id { get; set; }

    public long ActivityId { get; set; }

    public Activity? Activity { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public SignUpState State { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    /// <summary>Marked by a coordinator after the activity: true came, false did not, null not marked.</summary>
    public bool? Attended { get; set; }

    /// <summary>Made by a coordinator for the person (on the phone).</summary>
    public bool ByStaff { get; set; }

    /// <summary>When the person pressed «✅ Приду» under a reminder; coordinators call those who did not.</summary>
    public DateTime? ReminderAnsweredAt { get; set; }
}

internal sealed class SignUpConfiguration : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> e)
    {
        e.ToTable("SignUps");
        e.HasKey(x => x.Id);
        e.HasOne(x => x.Activity).WithMany().HasForeignKey(x => x.ActivityId);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId);
        // One live sign-up per person and activity; cancelled ones stay as history.
        e.HasIndex(x => new { x.ActivityId, x.PersonId }).IsUnique().HasFilter("\"State\" <> 3");
        e.HasIndex(x => new { x.PersonId, x.State });
    }
}
