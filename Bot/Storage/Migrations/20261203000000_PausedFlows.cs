using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>A flow left for another menu entry in its middle, kept so coming back to it resumes at the same step.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261203000000_PausedFlows")]
public sealed class PausedFlows : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>(name: "Paused", table: "ConversationSessions", nullable: true);

    protected override void Down(MigrationBuilder m) =>
        m.DropColumn(name: "Paused", table: "ConversationSessions");
}
