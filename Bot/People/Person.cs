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

    public DateTime LastSeenAt { get; set; }

    /// <summary>Set when Telegram answers 403 or reports the bot blocked; cleared when the person writes again.</summary>
    public DateTime? UnreachableSince { get; set; }
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
    }
}
