using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Survey invitations (one per person, questionnaire and occasion) and answers.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122040000_Surveys")]
public sealed class Surveys : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "SurveyInvitations",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PersonId = t.Column<long>(nullable: false),
                Questionnaire = t.Column<string>(maxLength: 20, nullable: false),
                Occasion = t.Column<string>(maxLength: 40, nullable: false),
                ActivityId = t.Column<long>(nullable: true),
                ActivityKind = t.Column<string>(maxLength: 16, nullable: true),
                RequestId = t.Column<long>(nullable: true),
                Service = t.Column<string>(maxLength: 40, nullable: true),
                State = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CompletedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                t.ForeignKey("FK_SurveyInvitations_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_SurveyInvitations_PersonId_Questionnaire_Occasion", "SurveyInvitations", ["PersonId", "Questionnaire", "Occasion"], unique: true);

        m.CreateTable(
            name: "SurveyAnswers",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                InvitationId = t.Column<long>(nullable: false),
                Question = t.Column<string>(maxLength: 20, nullable: false),
                Score = t.Column<int>(nullable: true),
                Choices = t.Column<string>(maxLength: 1000, nullable: true),
                Text = t.Column<string>(maxLength: 2000, nullable: true),
                Skipped = t.Column<bool>(nullable: false),
                AnsweredAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                t.ForeignKey("FK_SurveyAnswers_SurveyInvitations_InvitationId", x => x.InvitationId, "SurveyInvitations", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_SurveyAnswers_InvitationId_Question", "SurveyAnswers", ["InvitationId", "Question"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SurveyAnswers");
        m.DropTable("SurveyInvitations");
    }
}
