using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.People;

/// <summary>Someone the bot knows: by Telegram, or (later) registered by staff on the phone.</summary>
public sealed class Person
{
    public long Id { get; set; }

    public long? TelegramUserId { get; set; }

    /// <summary>The private chat the bot writes to.</summary>
    public long? ChatId { get; set; }

    /// <summary>The name Telegram gives, until the person tells us theirs.</summary>
    public string? TelegramName { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the person last wrote, to the minute (<see cref="TimeOnRecord"/>).</summary>
    public DateTime LastSeenAt { get; set; }

    public void Seen(DateTime now) => LastSeenAt = TimeOnRecord.Next(LastSeenAt, now);

    /// <summary>Set when Telegram answers 403 or reports the bot blocked; cleared when the person writes again.</summary>
    public DateTime? UnreachableSince { get; set; }

    /// <summary>The name the person gave when registering.</summary>
    public string? Name { get; set; }

    /// <summary>Normalised, e.g. +79141234567.</summary>
    public string? Phone { get; set; }

    public string? Settlement { get; set; }

    public PersonCategory? Category { get; set; }

    /// <summary>Chosen interests, one per line.</summary>
    public string? Interests { get; set; }

    public DateTime? ConsentedAt { get; set; }

    /// <summary>How consent was given when staff registered the person (null: by the person in the bot).</summary>
    public ConsentWay? ConsentWay { get; set; }

    /// <summary>The staff member who recorded consent given orally or on paper.</summary>
    public long? ConsentRecordedById { get; set; }

    /// <summary>Set when the profile was first confirmed; a person without it has not registered.</summary>
    public DateTime? RegisteredAt { get; set; }

    /// <summary>Set when the person deleted their data: the row stays for anonymous counts only.</summary>
    public DateTime? ErasedAt { get; set; }

    public VolunteerStatus Volunteer { get; set; }

    public DateTime? VolunteerSince { get; set; }

    /// <summary>Registered by a coordinator for someone without Telegram (C7).</summary>
    public bool AddedByStaff { get; set; }

    /// <summary>A coordinator's role, given and taken by an administrator in «👔 Сотрудники».</summary>
    public StaffRole Role { get; set; }

    public bool IsRegistered => RegisteredAt is not null && ErasedAt is null;
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("People");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.TelegramUserId).IsUnique();
        e.HasIndex(x => x.ChatId);
        e.Property(x => x.TelegramName).HasMaxLength(200);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.Property(x => x.Settlement).HasMaxLength(100);
        e.Property(x => x.Interests).HasMaxLength(2000);
        e.Ignore(x => x.IsRegistered);
        // Matches the migration, which needs a default to add the column to existing rows.
        e.Property(x => x.AddedByStaff).HasDefaultValue(false);
        e.Property(x => x.Volunteer).HasDefaultValue(VolunteerStatus.None);
        e.Property(x => x.Role).HasDefaultValue(StaffRole.None);
    }
}
