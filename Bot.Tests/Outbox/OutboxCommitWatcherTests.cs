using ClubBot.Outbox;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Moq;

namespace ClubBot.Tests.Outbox;

/// <summary>Only committed outbox rows may reach the sender.</summary>
public sealed class OutboxCommitWatcherTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly List<OutboxMessage> _posted = [];
    private readonly List<long> _idsWhenPosted = [];
    private readonly OutboxCommitWatcher _watcher;

    public OutboxCommitWatcherTests()
    {
        var sender = new Mock<IOutboxPost>();
        sender.Setup(s => s.Post(It.IsAny<IEnumerable<OutboxMessage>>())).Callback<IEnumerable<OutboxMessage>>(rows =>
        {
            var list = rows.ToList();
            _posted.AddRange(list);
            _idsWhenPosted.AddRange(list.Select(m => m.Id));
        });
        _watcher = new OutboxCommitWatcher(sender.Object);
        using var db = Open();
        db.Database.Migrate();
    }

    private BotDbContext Open() => new(new DbContextOptionsBuilder<BotDbContext>()
        .UseSqlite(_database.ConnectionString)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .AddInterceptors(_watcher)
        .Options);

    private static readonly OutboxOwner Owner = new(Microsoft.Extensions.Options.Options.Create(new SenderOptions()));

    [Fact]
    public async Task SaveWithoutTransaction_PostsAtOnce()
    {
        await using var db = Open();
        new OutboxWriter(db, TimeProvider.System, Owner, _watcher).SendText(1, "Привет");

        await db.SaveChangesAsync();

        Assert.Single(_posted);
        Assert.True(_posted[0].Id > 0);
    }

    [Fact]
    public async Task SeveralRowsInOneSave_EachReachesTheSenderWithItsId()
    {
        await using var db = Open();
        var writer = new OutboxWriter(db, TimeProvider.System, Owner, _watcher);
        for (var i = 0; i < 5; i++)
            writer.SendText(1, $"Привет {i}");

        await db.SaveChangesAsync();

        Assert.Equal(5, _idsWhenPosted.Count);
        Assert.DoesNotContain(0L, _idsWhenPosted);
    }

    [Fact]
    public async Task SaveInsideTransaction_PostsOnlyAtCommit()
    {
        await using var db = Open();
        await using var tx = await db.Database.BeginTransactionAsync();
        new OutboxWriter(db, TimeProvider.System, Owner, _watcher).SendText(1, "Привет");
        await db.SaveChangesAsync();
        Assert.Empty(_posted);

        await tx.CommitAsync();

        Assert.Single(_posted);
    }

    [Fact]
    public async Task RolledBackTransaction_PostsNothing_AndStoresNothing()
    {
        await using (var db = Open())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            new OutboxWriter(db, TimeProvider.System, Owner, _watcher).SendText(1, "Не отправлять");
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        Assert.Empty(_posted);
        await using var check = Open();
        Assert.Equal(0, await check.Set<OutboxMessage>().CountAsync());
    }

    [Fact]
    public async Task RepliesOfAScopeThatNeverSaved_AreNotStoredByTheContextsNextUser()
    {
        // Contexts are pooled: the next scope gets the same context after a failed attempt.
        await using var db = Open();
        using (var failed = new OutboxWriter(db, TimeProvider.System, Owner, _watcher))
            failed.SendText(1, "Из неудачной попытки");

        new OutboxWriter(db, TimeProvider.System, Owner, _watcher).SendText(1, "Из следующей");
        await db.SaveChangesAsync();

        Assert.Equal(["Из следующей"], _posted.Select(m => System.Text.Json.JsonDocument.Parse(m.Payload).RootElement.GetProperty("text").GetString()));
        await using var check = Open();
        Assert.Equal(1, await check.Set<OutboxMessage>().CountAsync());
    }

    public void Dispose() => _database.Dispose();

}
