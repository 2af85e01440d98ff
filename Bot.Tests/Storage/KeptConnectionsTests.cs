using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Storage;

/// <summary>A kept SQLite connection goes from one update to the next; nothing of one may reach the other.</summary>
public sealed class KeptConnectionsTests : FakeBotApiTest
{
    [Fact]
    public async Task ATransactionLeftOpen_IsRolledBack_AndTheNextReaderGetsTheConnectionClean()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        var kept = bot.App.Services.GetRequiredService<KeptConnections>();

        System.Data.Common.DbConnection first;
        await using (var scope = bot.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var lease = await kept.OpenAsync(db);
            first = db.Database.GetDbConnection();
            // A locked decision that failed half way: its transaction is still open when the handler gives up.
            await db.Database.BeginTransactionAsync();
            db.Add(new Person { TelegramUserId = 777, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await kept.ReturnAsync(db, lease);

            Assert.Null(db.Database.CurrentTransaction);
            Assert.NotSame(first, db.Database.GetDbConnection());
        }

        await using (var scope = bot.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var lease = await kept.OpenAsync(db);
            Assert.Same(first, db.Database.GetDbConnection());
            // SQLite refuses a second BEGIN on a connection whose transaction was never ended.
            await using (var tx = await db.Database.BeginTransactionAsync())
                Assert.False(await db.Set<Person>().AnyAsync(p => p.TelegramUserId == 777));
            await kept.ReturnAsync(db, lease);
        }

        Assert.False(await bot.QueryAsync(db => db.Set<Person>().AnyAsync(p => p.TelegramUserId == 777)));
    }

    [Fact]
    public async Task MoreReadersThanKeptConnections_OpenTheirOwn()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        var kept = bot.App.Services.GetRequiredService<KeptConnections>();
        var scopes = Enumerable.Range(0, KeptConnections.MaxKept + 2).Select(_ => bot.App.Services.CreateAsyncScope()).ToList();
        try
        {
            var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<BotDbContext>()).ToList();
            var leases = new List<KeptConnections.Lease>();
            foreach (var db in contexts)
                leases.Add(await kept.OpenAsync(db));

            var connections = contexts.Select(db => db.Database.GetDbConnection()).ToList();
            Assert.Equal(contexts.Count, connections.Distinct().Count());
            Assert.All(connections, c => Assert.Equal(System.Data.ConnectionState.Open, c.State));
            foreach (var db in contexts)
                Assert.Equal(0, await db.Set<Person>().CountAsync());

            for (var i = 0; i < contexts.Count; i++)
                await kept.ReturnAsync(contexts[i], leases[i]);
            Assert.All(contexts, db => Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State));
        }
        finally
        {
            foreach (var scope in scopes)
                await scope.DisposeAsync();
        }
    }
}
