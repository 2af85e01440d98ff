using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>Coordinators appointed in the bot, and the journal of staff changes.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261123010000_Roles")]
public sealed class Roles : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>(name: "Role", table: "People", nullable: false, defaultValue: 0);
        m.CreateTable(
            name: "AuditEntries",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = t.Column<DateTime>(nullable: false),
                ActorId = t.Column<long>(nullable: true),
                Actor = t.Column<string>(maxLength: 100, nullable: false),
                Action = t.Column<string>(maxLength: 40, nullable: false),
                Subject = t.Column<string>(maxLength: 300, nullable: false),
                Before = t.Column<string>(maxLength: 2000, nullable: true),
                After = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex(name: "IX_AuditEntries_At", table: "AuditEntries", column: "At");
        m.CreateIndex(name: "IX_AuditEntries_ActorId", table: "AuditEntries", column: "ActorId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable(name: "AuditEntries");
        m.DropColumn(name: "Role", table: "People");
    }
}
