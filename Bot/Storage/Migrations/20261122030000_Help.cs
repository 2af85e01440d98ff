using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Help requests, questions for coordinators, volunteers.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122030000_Help")]
public sealed class Help : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Volunteer", "People", nullable: false, defaultValue: 0);
        m.AddColumn<DateTime>("VolunteerSince", "People", nullable: true);

        m.CreateTable(
            name: "HelpRequests",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = t.Column<int>(nullable: false),
                PersonId = t.Column<long>(nullable: false),
                Status = t.Column<int>(nullable: false),
                Service = t.Column<string>(maxLength: 40, nullable: true),
                Details = t.Column<string>(maxLength: 1000, nullable: true),
                PhotoFileId = t.Column<string>(maxLength: 200, nullable: true),
                Address = t.Column<string>(maxLength: 200, nullable: true),
                Day = t.Column<DateOnly>(nullable: true),
                PartOfDay = t.Column<int>(nullable: true),
                RideFrom = t.Column<string>(maxLength: 100, nullable: true),
                RideTo = t.Column<string>(maxLength: 100, nullable: true),
                EscortNeeded = t.Column<bool>(nullable: false),
                PickupAt = t.Column<DateTime>(nullable: true),
                VolunteerId = t.Column<long>(nullable: true),
                ByStaff = t.Column<bool>(nullable: false),
                HoursSpent = t.Column<decimal>(precision: 6, scale: 2, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                ForVolunteers = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_HelpRequests", x => x.Id);
                t.ForeignKey("FK_HelpRequests_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_HelpRequests_People_VolunteerId", x => x.VolunteerId, "People", "Id");
            });
        m.CreateIndex("IX_HelpRequests_Status_CreatedAt", "HelpRequests", ["Status", "CreatedAt"]);
        m.CreateIndex("IX_HelpRequests_PersonId", "HelpRequests", "PersonId");
        m.CreateIndex("IX_HelpRequests_VolunteerId", "HelpRequests", "VolunteerId");

        m.CreateTable(
            name: "CoordinatorQuestions",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                PersonId = t.Column<long>(nullable: false),
                Text = t.Column<string>(maxLength: 2000, nullable: false),
                AskedAt = t.Column<DateTime>(nullable: false),
                Answer = t.Column<string>(maxLength: 2000, nullable: true),
                AnsweredAt = t.Column<DateTime>(nullable: true),
                AnsweredBy = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CoordinatorQuestions", x => x.Id);
                t.ForeignKey("FK_CoordinatorQuestions_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_CoordinatorQuestions_PersonId", "CoordinatorQuestions", "PersonId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("CoordinatorQuestions");
        m.DropTable("HelpRequests");
        m.DropColumn("VolunteerSince", "People");
        m.DropColumn("Volunteer", "People");
    }
}
