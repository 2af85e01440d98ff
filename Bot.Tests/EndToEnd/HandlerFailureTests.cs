using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ClubBot.Tests.EndToEnd;

public sealed class HandlerFailureTests : FakeBotApiTest
{
    [Fact]
    public async Task HandlerThrows_PersonGetsApology_FailureLoggedWithUpdateId_NextUpdatesStillHandled()
    {
        var handler = new Mock<IUpdateHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<UpdateContext>(), It.IsAny<CancellationToken>()))
            .Returns<UpdateContext, CancellationToken>((context, _) =>
            {
                if (context.Text == "сломай")
                {
                    context.Reply("этого никто не увидит");
                    throw new InvalidOperationException("handler bug");
                }

                context.Reply($"эхо: {context.Text}");
                return Task.CompletedTask;
            });
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddScoped(_ => handler.Object));

        var failing = Api.Push(Updates.Text(901, "сломай"));
        Api.Push(Updates.Text(901, "ещё раз"));
        Api.Push(Updates.Text(902, "привет"));

        var replies = await Api.WaitForMessagesAsync(901, 2);
        Assert.StartsWith("Простите, у нас что-то не получилось", replies[0].Text);
        Assert.Contains(BotUnderTest.TestPhone, replies[0].Text);
        Assert.Equal("эхо: ещё раз", replies[1].Text);
        Assert.Equal("эхо: привет", (await Api.WaitForMessagesAsync(902)).Single().Text);
        Assert.DoesNotContain(Api.Calls, c => c.Text == "этого никто не увидит");
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains($"Update {failing} failed", StringComparison.Ordinal) && l.Contains("handler bug", StringComparison.Ordinal));
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));
    }

    [Fact]
    public async Task DatabaseBusyTwice_UpdateIsTriedAgain_AndAnsweredOnceWithoutApology()
    {
        var failures = 0;
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddScoped(_ => Echo(() => Interlocked.Increment(ref failures) <= 2)));

        Api.Push(Updates.Text(903, "привет"));

        Assert.Equal("эхо: привет", Assert.Single(await Api.WaitForMessagesAsync(903)).Text);
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));
        Assert.Single(Api.Sent(903));
        Assert.Equal(2, bot.Logs.Lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("the database was busy", StringComparison.Ordinal)));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DatabaseBusyEveryTime_PersonGetsOneApology_AfterTheRetries()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddScoped(_ => Echo(() => true)));

        Api.Push(Updates.Text(904, "привет"));

        Assert.StartsWith("Простите", Assert.Single(await Api.WaitForMessagesAsync(904)).Text);
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));
        Assert.Single(Api.Sent(904));
        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Contains("the database was busy", StringComparison.Ordinal)));
    }

    /// <summary>A handler that answers «эхо: …», failing as a locked SQLite file does while <paramref name="fail"/> says so.</summary>
    private static IUpdateHandler Echo(Func<bool> fail)
    {
        var handler = new Mock<IUpdateHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<UpdateContext>(), It.IsAny<CancellationToken>()))
            .Returns<UpdateContext, CancellationToken>((context, _) =>
            {
                context.Reply($"эхо: {context.Text}");
                if (fail())
                    throw new Microsoft.Data.Sqlite.SqliteException("database is locked", 5);
                return Task.CompletedTask;
            });
        return handler.Object;
    }
}
