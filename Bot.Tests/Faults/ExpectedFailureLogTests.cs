using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Faults;

/// <summary>Conditions the bot expects and handles are not logged as failures, which would page whoever watches the logs.</summary>
public sealed class ExpectedFailureLogTests : FakeBotApiTest
{
    [PostgresFact]
    public async Task TwinWebhookDeliveries_AndAFirstStart_LogNoErrors_OnPostgres()
    {
        const string secret = "twin-secret";
        using var database = new PostgresDatabase();
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
            ["Telegram:WebhookSecret"] = secret,
        });
        var update = Updates.Text(1801, "привет");
        update["update_id"] = 90001;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => WebhookPost.SendAsync(bot.Url, update.ToJsonString(), secret)));

        Assert.Single(await Api.WaitForMessagesAsync(1801));
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));
        Assert.Single(Api.Sent(1801));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}
