using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ClubBot.Storage.Migrations;

/// <summary>Inbox, outbox and the people the bot talks to. Column types are left to each provider.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122000000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "InboxUpdates",
            columns: t => new
            {
                UpdateId = t.Column<long>(nullable: false),
                ChatId = t.Column<long>(nullable: true),
                Payload = t.Column<string>(nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                HandledAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_InboxUpdates", x => x.UpdateId));
        m.CreateIndex("IX_InboxUpdates_HandledAt", "InboxUpdates", "HandledAt");

        m.CreateTable(
            name: "OutboxMessages",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ChatId = t.Column<long>(nullable: false),
                Priority = t.Column<int>(nullable: false),
                Method = t.Column<string>(maxLength: 64, nullable: false),
                Payload = t.Column<string>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                State = t.Column<int>(nullable: false),
                Attempts = t.Column<int>(nullable: false),
                FinishedAt = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        m.CreateIndex("IX_OutboxMessages_State_Id", "OutboxMessages", ["State", "Id"]);

        m.CreateTable(
            name: "People",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TelegramUserId = t.Column<long>(nullable: true),
                ChatId = t.Column<long>(nullable: true),
                TelegramName = t.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                LastSeenAt = t.Column<DateTime>(nullable: false),
                UnreachableSince = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_People", x => x.Id));
        m.CreateIndex("IX_People_TelegramUserId", "People", "TelegramUserId", unique: true);
        m.CreateIndex("IX_People_ChatId", "People", "ChatId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("People");
        m.DropTable("OutboxMessages");
        m.DropTable("InboxUpdates");
    }
}
