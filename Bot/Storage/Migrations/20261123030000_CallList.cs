using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>The answer to a reminder, so coordinators know whom to call.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261123030000_CallList")]
public sealed class CallList : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<DateTime>(name: "ReminderAnsweredAt", table: "SignUps", nullable: true);

    protected override void Down(MigrationBuilder m) =>
        m.DropColumn(name: "ReminderAnsweredAt", table: "SignUps");
}
