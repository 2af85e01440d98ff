using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Events of parallel sessions: a session is an activity that names its event.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261205010000_ForumDays")]
public sealed class ForumDays : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "ForumDays",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Title = t.Column<string>(maxLength: 150, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ForumDays", x => x.Id));
        // No foreign key, as for a series: SQLite cannot add one to an existing table.
        m.AddColumn<long>(name: "ForumDayId", table: "Activities", nullable: true);
        m.CreateIndex(name: "IX_Activities_ForumDayId_StartsAt", table: "Activities", columns: ["ForumDayId", "StartsAt"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex(name: "IX_Activities_ForumDayId_StartsAt", table: "Activities");
        m.DropColumn(name: "ForumDayId", table: "Activities");
        m.DropTable("ForumDays");
    }
}
