using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>Words typed in the middle of a flow, kept so they can go to a coordinator as a question.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261123040000_Asides")]
public sealed class Asides : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>(name: "Aside", table: "ConversationSessions", maxLength: 2000, nullable: true);

    protected override void Down(MigrationBuilder m) =>
        m.DropColumn(name: "Aside", table: "ConversationSessions");
}
