using ClubBot.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubBot.Features.Questions;

/// <summary>A question a person asked the coordinators (P9), and the answer one of them gave.</summary>
public sealed class CoordinatorQuestion
{
    public long Id { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public required string Text { get; set; }

    public DateTime AskedAt { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public long? AnsweredBy { get; set; }
}

internal sealed class CoordinatorQuestionConfiguration : IEntityTypeConfiguration<CoordinatorQuestion>
{
    public void Configure(EntityTypeBuilder<CoordinatorQuestion> e)
    {
        e.ToTable("CoordinatorQuestions");
        e.HasKey(x => x.Id);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId);
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.Answer).HasMaxLength(2000);
    }
}
