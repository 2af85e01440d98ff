using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Broadcast;

public enum BroadcastState
{
    /// <summary>Confirmed at night; its messages are queued once the night is over.</summary>
    Held = 0,

    /// <summary>Its messages are queued; the author hears how it went once none is pending.</summary>
    Sending = 1,

    Done = 2,
}

/// <summary>A message from staff to a part of the club, with what is needed to report on it.</summary>
public sealed class BroadcastMessage
{
    public long Id { get; set; }

    public long? AuthorId { get; set; }

    public long AuthorChatId { get; set; }

    /// <summary>The text, or the photo's caption.</summary>
    public required string Text { get; set; }

    public string? PhotoFileId { get; set; }

    public AudienceKind Audience { get; set; }

    public string? AudienceArgument { get; set; }

    /// <summary>The audience in words, for the report and the journal.</summary>
    public required string AudienceText { get; set; }

    /// <summary>People in the audience without Telegram, with phones, for the report: they need a call.</summary>
    public string? CallList { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NotBefore { get; set; }

    public BroadcastState State { get; set; }

    public DateTime? ReportedAt { get; set; }
}

/// <summary>One person a broadcast goes to, and the message queued for them: never two for one person.</summary>
public sealed class BroadcastRecipient
{
    public long Id { get; set; }

    public long BroadcastId { get; set; }

    public long PersonId { get; set; }

    public long? OutboxMessageId { get; set; }
}

internal sealed class BroadcastMessageConfiguration : IEntityTypeConfiguration<BroadcastMessage>
{
    public void Configure(EntityTypeBuilder<BroadcastMessage> e)
    {
        e.ToTable("Broadcasts");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.State);
        e.Property(x => x.Text).HasMaxLength(4096);
        e.Property(x => x.PhotoFileId).HasMaxLength(200);
        e.Property(x => x.AudienceArgument).HasMaxLength(200);
        e.Property(x => x.AudienceText).HasMaxLength(300);
        e.Property(x => x.CallList).HasMaxLength(4000);
    }
}

internal sealed class BroadcastRecipientConfiguration : IEntityTypeConfiguration<BroadcastRecipient>
{
    public void Configure(EntityTypeBuilder<BroadcastRecipient> e)
    {
        e.ToTable("BroadcastRecipients");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.BroadcastId, x.PersonId }).IsUnique();
        e.HasOne<BroadcastMessage>().WithMany().HasForeignKey(x => x.BroadcastId).OnDelete(DeleteBehavior.Cascade);
    }
}
