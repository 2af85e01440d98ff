using System.Text.Encodings.Web;
using System.Text.Json;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Conversations;

/// <summary>Where a chat is in its conversation; kept in the database so a restart resumes at the same step.</summary>
public sealed class ConversationSession
{
    public long ChatId { get; set; }

    /// <summary>The flow under way, or null at the main menu.</summary>
    public string? Flow { get; set; }

    /// <summary>The flow's state, as its enum name.</summary>
    public string? State { get; set; }

    /// <summary>The flow's answers so far, as small JSON.</summary>
    public string? Draft { get; set; }

    /// <summary>The reply keyboard the person has now, so a step knows whether it must change it.</summary>
    public string? Keyboard { get; set; }

    /// <summary>Words typed in the middle of a flow that were not an answer there, kept until the person says whether they were a question.</summary>
    public string? Aside { get; set; }

    /// <summary>Flows left in their middle for another menu entry (<see cref="PausedFlow"/>), each resumed when its entry is opened again.</summary>
    public string? Paused { get; set; }

    /// <summary>When the person last wrote, to the minute (<see cref="TimeOnRecord"/>).</summary>
    public DateTime UpdatedAt { get; set; }

    public void Touch(DateTime now) => UpdatedAt = TimeOnRecord.Next(UpdatedAt, now);

    // Drafts are read by people too (support, the privacy view of a database); keep Cyrillic readable.
    private static readonly JsonSerializerOptions DraftJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public T ReadDraft<T>()
        where T : new() =>
        Draft is { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, DraftJson) ?? new T() : new T();

    public void WriteDraft(object draft) => Draft = JsonSerializer.Serialize(draft, draft.GetType(), DraftJson);
}

internal sealed class ConversationSessionConfiguration : IEntityTypeConfiguration<ConversationSession>
{
    public void Configure(EntityTypeBuilder<ConversationSession> e)
    {
        e.ToTable("ConversationSessions");
        e.HasKey(x => x.ChatId);
        e.Property(x => x.ChatId).ValueGeneratedNever();
        e.Property(x => x.Flow).HasMaxLength(32);
        e.Property(x => x.State).HasMaxLength(32);
        e.Property(x => x.Keyboard).HasMaxLength(32);
        e.Property(x => x.Aside).HasMaxLength(2000);
    }
}
