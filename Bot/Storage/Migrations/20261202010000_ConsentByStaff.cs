using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>Consent given to a coordinator (orally or on paper) for a person registered by phone, and who recorded it.</summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261202010000_ConsentByStaff")]
public sealed class ConsentByStaff : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>(name: "ConsentWay", table: "People", nullable: true);
        m.AddColumn<long>(name: "ConsentRecordedById", table: "People", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn(name: "ConsentWay", table: "People");
        m.DropColumn(name: "ConsentRecordedById", table: "People");
    }
}
