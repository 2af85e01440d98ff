using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Activities and sign-ups (with waiting lists); people registered by staff.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122020000_Activities")]
public sealed class Activities : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<bool>("AddedByStaff", "People", nullable: false, defaultValue: false);

        m.CreateTable(
            name: "Activities",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Title = t.Column<string>(maxLength: 150, nullable: false),
                Description = t.Column<string>(maxLength: 2000, nullable: true),
                StartsAt = t.Column<DateTime>(nullable: false),
                EndsAt = t.Column<DateTime>(nullable: false),
                Place = t.Column<string>(maxLength: 200, nullable: true),
                Settlement = t.Column<string>(maxLength: 100, nullable: true),
                Capacity = t.Column<int>(nullable: true),
                Price = t.Column<int>(nullable: true),
                Accessibility = t.Column<string>(maxLength: 500, nullable: true),
                State = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Activities", x => x.Id));
        m.CreateIndex("IX_Activities_State_StartsAt", "Activities", ["State", "StartsAt"]);

        m.CreateTable(
            name: "SignUps",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ActivityId = t.Column<long>(nullable: false),
                PersonId = t.Column<long>(nullable: false),
                State = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CancelledAt = t.Column<DateTime>(nullable: true),
                Attended = t.Column<bool>(nullable: true),
                ByStaff = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_SignUps", x => x.Id);
                t.ForeignKey("FK_SignUps_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_SignUps_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_SignUps_ActivityId_PersonId", "SignUps", ["ActivityId", "PersonId"], unique: true, filter: "\"State\" <> 3");
        m.CreateIndex("IX_SignUps_PersonId_State", "SignUps", ["PersonId", "State"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SignUps");
        m.DropTable("Activities");
        m.DropColumn("AddedByStaff", "People");
    }
}
