using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Activities;

/// <summary>A reminder that went out (or was passed over as late): one per sign-up and offset, so it is never sent twice.</summary>
public sealed class SentReminder
{
    public long Id { get; set; }

    public long SignUpId { get; set; }

    public required string Offset { get; set; }

    public DateTime SentAt { get; set; }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> e)
    {
        e.ToTable("SentReminders");
        e.HasKey(x => x.Id);
        e.Property(x => x.Offset).HasMaxLength(16);
        e.HasIndex(x => new { x.SignUpId, x.Offset }).IsUnique();
        e.HasOne<SignUp>().WithMany().HasForeignKey(x => x.SignUpId);
    }
}
