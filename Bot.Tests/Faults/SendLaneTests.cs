using ClubBot.Outbox;
using ClubBot.Tests.Fakes;
using ClubBot.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Requests.Abstractions;

namespace ClubBot.Tests.Faults;

/// <summary>A message that cannot be sent ends classified, and never holds up the chat's later messages.</summary>
public sealed class SendLaneTests : FakeBotApiTest
{
    [Fact]
    public async Task BrokenDocumentRow_IsDropped_AndTheNextMessageToTheChatStillGoes()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        await QueueAsync(bot, w =>
        {
            w.Add(1701, OutboxPriority.Reply, "sendDocument", """{"chat_id":1701,"file_name":"a.csv","content_type":"text/csv","content_base64":"%%not base64%%"}""");
            w.Add(1701, OutboxPriority.Reply, "sendDocument", """{"chat_id":1701}""");
            w.SendText(1701, "После списка");
        });

        Assert.Equal("После списка", Assert.Single(await Api.WaitForMessagesAsync(1701)).Text);
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State != OutboxState.Pending));
        var dropped = await bot.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.State == OutboxState.Dropped).ToListAsync());
        Assert.Equal(2, dropped.Count);
        Assert.All(dropped, m => Assert.StartsWith("unreadable row", m.LastError));
        Assert.Equal(0, bot.App.Services.GetRequiredService<SendStage>().Pending);
    }

    [Fact]
    public async Task UnexpectedFaultWhileSending_DropsThatRowWithTheReason_AndTheLaneGoesOn()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<ITelegramBotClient>(sp =>
            new FaultyClient(TelegramServiceCollectionExtensions.ClientOptions(sp.GetRequiredService<IOptions<TelegramOptions>>().Value),
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramServiceCollectionExtensions.HttpClientName))));
        await QueueAsync(bot, w =>
        {
            w.SendText(1702, FaultyClient.Trigger);
            w.SendText(1702, "Второе");
        });

        Assert.Equal("Второе", Assert.Single(await Api.WaitForMessagesAsync(1702)).Text);
        await bot.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State != OutboxState.Pending));
        var dropped = await bot.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.State == OutboxState.Dropped));
        Assert.Contains("InvalidOperationException", dropped.LastError);
        Assert.Equal(0, bot.App.Services.GetRequiredService<SendStage>().Pending);

        await QueueAsync(bot, w => w.SendText(1702, "Третье"));
        await Api.WaitForMessagesAsync(1702, 2);
    }

    private static async Task QueueAsync(BotUnderTest bot, Action<OutboxWriter> write)
    {
        await using var scope = bot.App.Services.CreateAsyncScope();
        write(scope.ServiceProvider.GetRequiredService<OutboxWriter>());
        await scope.ServiceProvider.GetRequiredService<ClubBot.Storage.UnitOfWork>().CommitAsync();
    }

    private sealed class FaultyClient(TelegramBotClientOptions options, HttpClient http) : TelegramBotClient(options, http)
    {
        public const string Trigger = "fail-me";

        public override Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken ct = default) =>
            request is OutboxRowRequest row && row.Payload.Contains(Trigger, StringComparison.Ordinal)
                ? throw new InvalidOperationException("a bug of ours")
                : base.SendRequest(request, ct);
    }
}
