using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Outbox;

/// <summary>Replies go before bulk sends and are not held to the bulk cap.</summary>
public enum OutboxPriority
{
    /// <summary>The answer to someone who is talking to the bot.</summary>
    Reply = 0,

    /// <summary>Reminders, invitations, digests, broadcasts.</summary>
    Bulk = 1,
}

public enum OutboxState
{
    Pending = 0,
    Sent = 1,
    Dropped = 2,
}

/// <summary>A Bot API call waiting to be made; stored before it is sent, so a crash loses nothing.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public long ChatId { get; set; }

    public OutboxPriority Priority { get; set; }

    /// <summary>The Bot API method, e.g. sendMessage.</summary>
    public required string Method { get; set; }

    /// <summary>The method's parameters as JSON.</summary>
    public required string Payload { get; set; }

    public DateTime CreatedAt { get; set; }

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The instance sending this row while it is pending; another takes it over only after <see cref="LeaseUntil"/>.</summary>
    public string? Owner { get; set; }

    public DateTime? LeaseUntil { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("OutboxMessages");
        e.HasKey(x => x.Id);
        e.Property(x => x.Method).HasMaxLength(64);
        e.Property(x => x.Owner).HasMaxLength(64);
        e.HasIndex(x => new { x.State, x.Id });
    }
}
