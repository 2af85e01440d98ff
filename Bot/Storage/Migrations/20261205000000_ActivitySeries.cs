using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Repeating activities: a series ties its dated activities together.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261205000000_ActivitySeries")]
public sealed class ActivitySeries : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "ActivitySeries",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Weekdays = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ActivitySeries", x => x.Id));
        // No foreign key: SQLite cannot add one to an existing table, and a date is only ever read with its series by id.
        m.AddColumn<long>(name: "SeriesId", table: "Activities", nullable: true);
        m.CreateIndex(name: "IX_Activities_SeriesId_StartsAt", table: "Activities", columns: ["SeriesId", "StartsAt"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex(name: "IX_Activities_SeriesId_StartsAt", table: "Activities");
        m.DropColumn(name: "SeriesId", table: "Activities");
        m.DropTable("ActivitySeries");
    }
}
