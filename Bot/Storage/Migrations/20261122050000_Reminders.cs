using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Sent reminders, one per sign-up and offset. (Quartz provisions its own QRTZ_ tables at start.)</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122050000_Reminders")]
public sealed class Reminders : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "SentReminders",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SignUpId = t.Column<long>(nullable: false),
                Offset = t.Column<string>(maxLength: 16, nullable: false),
                SentAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_SentReminders", x => x.Id);
                t.ForeignKey("FK_SentReminders_SignUps_SignUpId", x => x.SignUpId, "SignUps", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_SentReminders_SignUpId_Offset", "SentReminders", ["SignUpId", "Offset"], unique: true);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("SentReminders");
}
