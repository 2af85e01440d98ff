using ClubBot.Outbox;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.EndToEnd;

/// <summary>The same pipeline with Storage:Provider = Postgres.</summary>
public sealed class PostgresPipelineTests : FakeBotApiTest
{
    [PostgresFact]
    public async Task AMessage_OnPostgres_IsAnsweredOnce_EvenWhenRedeliveredAfterRestart()
    {
        using var database = new PostgresDatabase();
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = database.ConnectionString };
        var update = Updates.Text(1701, "привет");
        await using (var first = await BotUnderTest.StartAsync(Api, settings: settings))
        {
            Api.Push(update);
            Assert.StartsWith("Здравствуйте! Рады вам.", (await Api.WaitForMessagesAsync(1701)).Single().Text);
            await first.WaitUntilAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.State == OutboxState.Sent));
        }

        await using var second = await BotUnderTest.StartAsync(Api, settings: settings);
        Api.Redeliver(update);
        Api.Push(Updates.Text(1702, "привет"));
        await Api.WaitForMessagesAsync(1702);
        await second.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));

        Assert.Single(Api.Sent(1701));
    }
}
