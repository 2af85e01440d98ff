using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>The days a digest went out.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122060000_Digest")]
public sealed class Digest : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable(
            name: "DigestLogs",
            columns: t => new
            {
                Day = t.Column<DateOnly>(nullable: false),
                SentAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_DigestLogs", x => x.Day));

    protected override void Down(MigrationBuilder m) => m.DropTable("DigestLogs");
}
