using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>A ride booked together with a sign-up, so that cancelling the sign-up cancels the ride.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261204000000_SignUpRides")]
public sealed class SignUpRides : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<long>(name: "SignUpId", table: "HelpRequests", nullable: true);
        m.CreateIndex(name: "IX_HelpRequests_SignUpId", table: "HelpRequests", column: "SignUpId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex(name: "IX_HelpRequests_SignUpId", table: "HelpRequests");
        m.DropColumn(name: "SignUpId", table: "HelpRequests");
    }
}
