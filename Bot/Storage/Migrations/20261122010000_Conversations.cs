using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>Conversation sessions, and the profile a person gives at registration.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261122010000_Conversations")]
public sealed class Conversations : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "ConversationSessions",
            columns: t => new
            {
                ChatId = t.Column<long>(nullable: false),
                Flow = t.Column<string>(maxLength: 32, nullable: true),
                State = t.Column<string>(maxLength: 32, nullable: true),
                Draft = t.Column<string>(nullable: true),
                Keyboard = t.Column<string>(maxLength: 32, nullable: true),
                UpdatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ConversationSessions", x => x.ChatId));

        m.AddColumn<string>("Name", "People", maxLength: 100, nullable: true);
        m.AddColumn<string>("Phone", "People", maxLength: 20, nullable: true);
        m.AddColumn<string>("Settlement", "People", maxLength: 100, nullable: true);
        m.AddColumn<int>("Category", "People", nullable: true);
        m.AddColumn<string>("Interests", "People", maxLength: 2000, nullable: true);
        m.AddColumn<DateTime>("ConsentedAt", "People", nullable: true);
        m.AddColumn<DateTime>("RegisteredAt", "People", nullable: true);
        m.AddColumn<DateTime>("ErasedAt", "People", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var column in new[] { "Name", "Phone", "Settlement", "Category", "Interests", "ConsentedAt", "RegisteredAt", "ErasedAt" })
            m.DropColumn(column, "People");
        m.DropTable("ConversationSessions");
    }
}
