using ClubBot.Features.Activities;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Scheduling;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClubBot.Tests.Pipeline;

/// <summary>Records that only guard against sending twice are kept while they can still matter, then removed.</summary>
public sealed class HousekeepingTests : FakeBotApiTest
{
    [Fact]
    public async Task Prune_RemovesRemindersAndNoticesAMonthPastTheirMoment_AndKeepsRecentOnes()
    {
        var now = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var clock = new FakeTimeProvider(new DateTimeOffset(now));
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.QueryAsync(async db =>
        {
            var person = new Person { TelegramUserId = 2101, CreatedAt = now.AddDays(-90) };
            var old = new Activity { Kind = "club", Title = "Осенний вечер", StartsAt = now.AddDays(-40), EndsAt = now.AddDays(-40).AddHours(2) };
            var soon = new Activity { Kind = "club", Title = "Зимний вечер", StartsAt = now.AddDays(3), EndsAt = now.AddDays(3).AddHours(2) };
            var oldSignUp = new SignUp { Activity = old, Person = person };
            var soonSignUp = new SignUp { Activity = soon, Person = person };
            db.AddRange(person, old, soon, oldSignUp, soonSignUp);
            await db.SaveChangesAsync();
            db.AddRange(
                new SentReminder { SignUpId = oldSignUp.Id, Offset = "24h", SentAt = now.AddDays(-41) },
                new SentReminder { SignUpId = soonSignUp.Id, Offset = "24h", SentAt = now.AddDays(-1) },
                new SentNotice { Key = "ride:1:24h", SentAt = now.AddDays(-31) },
                new SentNotice { Key = "ride:2:24h", SentAt = now.AddDays(-2) });
            return await db.SaveChangesAsync();
        });

        await bot.App.Services.GetServices<IHostedService>().OfType<Housekeeping>().Single().PruneAsync(CancellationToken.None);

        Assert.Equal(["24h"], await bot.QueryAsync(db => db.Set<SentReminder>().Select(r => r.Offset).ToListAsync()));
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<SentReminder>().CountAsync(r => r.SentAt > now.AddDays(-2))));
        Assert.Equal(["ride:2:24h"], await bot.QueryAsync(db => db.Set<SentNotice>().Select(n => n.Key).ToListAsync()));
    }
}
