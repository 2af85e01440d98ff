using ClubBot.Features.Activities;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Activities;

public sealed class DemoDataTests
{
    [Fact]
    public async Task SeedDemo_FillsAnEmptyDatabaseWithEveryKind_Once()
    {
        using var database = new TestDatabase();
        var app = Program.Build(["--seed-demo"], new Dictionary<string, string?> { ["Storage:ConnectionString"] = database.ConnectionString });

        Assert.Equal("Добавлены примеры занятий: 7.", await DemoData.SeedAsync(app.Services));
        Assert.Equal("В базе уже есть занятия, примеры не добавлены.", await DemoData.SeedAsync(app.Services));

        await using var db = database.Open();
        var activities = await db.Set<Activity>().ToListAsync();
        Assert.Equal(["club", "health", "rehearsal", "trip", "workshop"], activities.Select(a => a.Kind).Distinct().Order());
        Assert.Contains(activities, a => a.Title.Contains("Прозрачный мольберт", StringComparison.Ordinal));
        Assert.All(activities, a => Assert.True(a.StartsAt > DateTime.UtcNow && a.EndsAt > a.StartsAt));
    }
}
