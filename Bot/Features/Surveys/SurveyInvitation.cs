using ClubBot.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Surveys;

public enum InvitationState
{
    Invited = 0,
    InProgress = 1,
    Completed = 2,
}

/// <summary>
/// A person asked to answer a questionnaire on one occasion ("activity:12", "request:7", "mood:2026-12",
/// "needs"). One per person, questionnaire and occasion, so a survey is never asked twice for the same thing.
/// </summary>
public sealed class SurveyInvitation
{
    public long Id { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public required string Questionnaire { get; set; }

    public required string Occasion { get; set; }

    public long? ActivityId { get; set; }

    public string? ActivityKind { get; set; }

    public long? RequestId { get; set; }

    public string? Service { get; set; }

    public InvitationState State { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}

/// <summary>One answer; a skipped question is stored as skipped, so the survey knows where to resume.</summary>
public sealed class SurveyAnswer
{
    public long Id { get; set; }

    public long InvitationId { get; set; }

    public SurveyInvitation? Invitation { get; set; }

    public required string Question { get; set; }

    public int? Score { get; set; }

    /// <summary>Chosen options, one per line.</summary>
    public string? Choices { get; set; }

    public string? Text { get; set; }

    public bool Skipped { get; set; }

    public DateTime AnsweredAt { get; set; }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> e)
    {
        e.ToTable("SurveyInvitations");
        e.HasKey(x => x.Id);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId);
        e.Property(x => x.Questionnaire).HasMaxLength(20);
        e.Property(x => x.Occasion).HasMaxLength(40);
        e.Property(x => x.ActivityKind).HasMaxLength(16);
        e.Property(x => x.Service).HasMaxLength(40);
        e.HasIndex(x => new { x.PersonId, x.Questionnaire, x.Occasion }).IsUnique();
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> e)
    {
        e.ToTable("SurveyAnswers");
        e.HasKey(x => x.Id);
        e.HasOne(x => x.Invitation).WithMany().HasForeignKey(x => x.InvitationId);
        e.Property(x => x.Question).HasMaxLength(20);
        e.Property(x => x.Choices).HasMaxLength(1000);
        e.Property(x => x.Text).HasMaxLength(2000);
        e.HasIndex(x => new { x.InvitationId, x.Question }).IsUnique();
    }
}
