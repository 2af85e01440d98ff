using ClubBot.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Help;

public enum RequestKind
{
    Household = 1,
    Ride = 2,
    Aid = 3,
}

public enum RequestStatus
{
    New = 0,
    Assigned = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

public enum PartOfDay
{
    Morning = 1,
    Afternoon = 2,
    Evening = 3,
}

/// <summary>A request for help: household work, a ride to town, charity aid. Its <see cref="Id"/> is the number people see (№ 17).</summary>
public sealed class HelpRequest
{
    public long Id { get; set; }

    public RequestKind Kind { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>Household: the service code; aid: the kind of aid.</summary>
    public string? Service { get; set; }

    /// <summary>What is wrong, what the ride is for, what is needed.</summary>
    public string? Details { get; set; }

    public string? PhotoFileId { get; set; }

    public string? Address { get; set; }

    /// <summary>Household: the preferred day (local date at midnight, UTC-free); ride: the day of the trip.</summary>
    public DateOnly? Day { get; set; }

    public PartOfDay? PartOfDay { get; set; }

    public string? RideFrom { get; set; }

    public string? RideTo { get; set; }

    /// <summary>A ride booked with a sign-up (<see cref="SignUpRides"/>): cancelling the sign-up cancels it.</summary>
    public long? SignUpId { get; set; }

    public bool EscortNeeded { get; set; }

    /// <summary>When the car comes, set by the coordinator confirming a ride.</summary>
    public DateTime? PickupAt { get; set; }

    /// <summary>The volunteer who took it.</summary>
    public long? VolunteerId { get; set; }

    public Person? Volunteer { get; set; }

    /// <summary>Taken by the centre's own staff.</summary>
    public bool ByStaff { get; set; }

    public decimal? HoursSpent { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When it became done or cancelled; reports count a request by this instant, which later edits leave alone.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>Done or cancelled: its status no longer changes.</summary>
    public bool IsClosed => Status is RequestStatus.Done or RequestStatus.Cancelled;

    /// <summary>Moves it to <paramref name="status"/>, stamping the change; closing stamps <see cref="ClosedAt"/> once.</summary>
    public void SetStatus(RequestStatus status, DateTime now)
    {
        if (IsClosed && status != Status)
            throw new InvalidOperationException($"Request {Id} is {Status}; a closed request is not changed.");
        Status = status;
        UpdatedAt = now;
        if (IsClosed)
            ClosedAt ??= now;
    }

    /// <summary>Whether a volunteer may take it (a suitable service, or an escort for a ride).</summary>
    public bool ForVolunteers { get; set; }
}

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> e)
    {
        e.ToTable("HelpRequests");
        e.HasKey(x => x.Id);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId);
        e.HasOne(x => x.Volunteer).WithMany().HasForeignKey(x => x.VolunteerId);
        e.Property(x => x.Service).HasMaxLength(40);
        e.Property(x => x.Details).HasMaxLength(RequestDetails.MaxLength);
        e.Property(x => x.PhotoFileId).HasMaxLength(200);
        e.Property(x => x.Address).HasMaxLength(200);
        e.Property(x => x.RideFrom).HasMaxLength(100);
        e.Property(x => x.RideTo).HasMaxLength(100);
        e.Property(x => x.HoursSpent).HasPrecision(6, 2);
        e.Ignore(x => x.IsClosed);
        e.HasIndex(x => new { x.Status, x.CreatedAt });
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.VolunteerId);
        e.HasIndex(x => x.SignUpId);
    }
}
