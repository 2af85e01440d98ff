using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Broadcasts from staff and the people each went to.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261123020000_Broadcasts")]
public sealed class Broadcasts : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Broadcasts",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AuthorId = t.Column<long>(nullable: true),
                AuthorChatId = t.Column<long>(nullable: false),
                Text = t.Column<string>(maxLength: 4096, nullable: false),
                PhotoFileId = t.Column<string>(maxLength: 200, nullable: true),
                Audience = t.Column<int>(nullable: false),
                AudienceArgument = t.Column<string>(maxLength: 200, nullable: true),
                AudienceText = t.Column<string>(maxLength: 300, nullable: false),
                CallList = t.Column<string>(maxLength: 4000, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                NotBefore = t.Column<DateTime>(nullable: false),
                State = t.Column<int>(nullable: false),
                ReportedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Broadcasts", x => x.Id));
        m.CreateIndex(name: "IX_Broadcasts_State", table: "Broadcasts", column: "State");
        m.CreateTable(
            name: "BroadcastRecipients",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                BroadcastId = t.Column<long>(nullable: false),
                PersonId = t.Column<long>(nullable: false),
                OutboxMessageId = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_BroadcastRecipients", x => x.Id);
                t.ForeignKey("FK_BroadcastRecipients_Broadcasts_BroadcastId", x => x.BroadcastId, "Broadcasts", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex(name: "IX_BroadcastRecipients_BroadcastId_PersonId", table: "BroadcastRecipients", columns: ["BroadcastId", "PersonId"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable(name: "BroadcastRecipients");
        m.DropTable(name: "Broadcasts");
    }
}
