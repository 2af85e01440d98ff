using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Pipeline;

/// <summary>Several updates' units of work share one transaction; each stands or falls on its own.</summary>
public sealed class CommitStageTests : FakeBotApiTest
{
    [Fact]
    public async Task AFailingUnit_RollsBackAlone_AndOnlyTheOthersAreKeptAndSpeak()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        await StoreUnhandledAsync(bot, 9001, 9002, 9003);
        var group = bot.App.Services.GetRequiredService<CommitStage>();
        var before = group.Committed;

        var scopes = Enumerable.Range(0, 3).Select(_ => bot.App.Services.CreateAsyncScope()).ToList();
        try
        {
            Unit(scopes[0], 9001, chat: 301, person: 301);
            // This unit stores an update that is already in the inbox: its own writes fail.
            Unit(scopes[1], 9002, chat: 302, person: 302).Add(new InboxUpdate { UpdateId = 9001, Payload = "{}" });
            Unit(scopes[2], 9003, chat: 303, person: 303);
            // While the test holds the writer's turn, all three queue; the batch waiting for the turn takes them all.
            Task<bool> first, second, third;
            using (await bot.App.Services.GetRequiredService<WriteGate>().EnterAsync())
            {
                first = group.CommitAsync(Work(scopes[0]), 9001);
                second = group.CommitAsync(Work(scopes[1]), 9002);
                third = group.CommitAsync(Work(scopes[2]), 9003);
            }

            Assert.True(await first);
            await Assert.ThrowsAsync<DbUpdateException>(() => second);
            Assert.True(await third);
        }
        finally
        {
            foreach (var scope in scopes)
                await scope.DisposeAsync();
        }

        Assert.Equal((before.Batches + 1, before.Units + 3), group.Committed);
        Assert.Equal([301L, 303L], await bot.QueryAsync(db => db.Set<Person>().OrderBy(p => p.TelegramUserId).Select(p => p.TelegramUserId).ToListAsync()));
        Assert.Equal([9001L, 9003L], await bot.QueryAsync(db => db.Set<InboxUpdate>().Where(u => u.HandledAt != null).OrderBy(u => u.UpdateId).Select(u => u.UpdateId).ToListAsync()));
        await Api.WaitForMessagesAsync(301);
        await Api.WaitForMessagesAsync(303);
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ChatId == 302)));
        Assert.Empty(Api.Sent(302));
    }

    [Fact]
    public async Task AnUpdateHandledBefore_IsNotCommittedAgain_AndItsWritesAreDropped()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        await StoreUnhandledAsync(bot, 9101);
        var group = bot.App.Services.GetRequiredService<CommitStage>();
        await using (var scope = bot.App.Services.CreateAsyncScope())
        {
            Unit(scope, 9101, chat: 311, person: 311);
            Assert.True(await group.CommitAsync(Work(scope), 9101));
        }

        await using (var again = bot.App.Services.CreateAsyncScope())
        {
            Unit(again, 9101, chat: 312, person: 312);
            Assert.False(await group.CommitAsync(Work(again), 9101));
        }

        Assert.Equal([311L], await bot.QueryAsync(db => db.Set<Person>().Select(p => p.TelegramUserId).ToListAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ChatId == 312)));
    }

    private static UnitOfWork Work(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UnitOfWork>();

    /// <summary>What a handler would leave tracked: a person and a reply.</summary>
    private static BotDbContext Unit(AsyncServiceScope scope, long updateId, long chat, long person)
    {
        var db = Work(scope).Db;
        db.Add(new Person { TelegramUserId = person, ChatId = chat, CreatedAt = DateTime.UtcNow });
        scope.ServiceProvider.GetRequiredService<OutboxWriter>().SendText(chat, $"Ответ на {updateId}");
        return db;
    }

    private static Task<int> StoreUnhandledAsync(BotUnderTest bot, params long[] ids) => bot.QueryAsync(db =>
    {
        foreach (var id in ids)
            db.Add(new InboxUpdate { UpdateId = id, Payload = "{}", ReceivedAt = DateTime.UtcNow });
        return db.SaveChangesAsync();
    });
}
