using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>Unreadable updates kept as poison; an owner and a lease on pending outbox rows, so instances never send each other's.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261123000000_Faults")]
public sealed class Faults : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>(name: "Poison", table: "InboxUpdates", maxLength: 400, nullable: true);
        m.AddColumn<string>(name: "Owner", table: "OutboxMessages", maxLength: 64, nullable: true);
        m.AddColumn<DateTime>(name: "LeaseUntil", table: "OutboxMessages", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn(name: "Poison", table: "InboxUpdates");
        m.DropColumn(name: "Owner", table: "OutboxMessages");
        m.DropColumn(name: "LeaseUntil", table: "OutboxMessages");
    }
}
