using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClubBot.Storage.Migrations;

/// <summary>
/// When a request was done or cancelled: reports count it by this instant, which later edits leave alone. Requests
/// closed before this column existed take their last change as the best instant there is.
/// </summary>
[DbContext(typeof(BotDbContext))]
[Migration("20261202000000_RequestClosedAt")]
public sealed class RequestClosedAt : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>(name: "ClosedAt", table: "HelpRequests", nullable: true);
        m.Sql("UPDATE \"HelpRequests\" SET \"ClosedAt\" = \"UpdatedAt\" WHERE \"Status\" IN (3, 4)");
    }

    protected override void Down(MigrationBuilder m) =>
        m.DropColumn(name: "ClosedAt", table: "HelpRequests");
}
