using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>Scheduled messages that went out (ride and volunteer reminders), one row each.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122070000_SentNotices")]
public sealed class SentNotices : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable(
            name: "SentNotices",
            columns: t => new
            {
                Key = t.Column<string>(maxLength: 80, nullable: false),
                SentAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_SentNotices", x => x.Key));

    protected override void Down(MigrationBuilder m) => m.DropTable("SentNotices");
}
