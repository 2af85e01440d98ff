using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using ClubBot.Transport.Webhook;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.EndToEnd;

public sealed class WebhookTests : FakeBotApiTest
{
    private const string Secret = "s3cret-Token_for-tests";
    private Task<BotUnderTest> StartAsync() => BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
    });

    private static async Task<HttpStatusCode> PostAsync(BotUnderTest bot, JsonObject update, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{bot.Url}/telegram/hook") { Content = JsonContent.Create(update) };
        if (secret is not null)
            request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Start_RegistersWebhookWithUrlAndSecret()
    {
        await using var bot = await StartAsync();

        var call = (await Api.WaitForAsync(c => c.Method == "setWebhook")).Single();
        Assert.Equal("https://bot.example.org/telegram/hook", call.Parameters["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Parameters["secret_token"]!.GetValue<string>());
        Assert.Equal(0, Api.GetUpdatesCalls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData(Secret + "x")]
    public async Task WrongOrMissingSecret_Gets401_AndChangesNothing(string? secret)
    {
        await using var bot = await StartAsync();
        var update = Updates.Text(801, "/start");
        update["update_id"] = 1;

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(bot, update, secret));

        Assert.Equal(0, await bot.QueryAsync(db => db.Set<InboxUpdate>().CountAsync()));
        var good = Updates.Text(802, "/start");
        good["update_id"] = 2;
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, good, Secret));
        await Api.WaitForMessagesAsync(802);
        Assert.Empty(Api.Sent(801));
    }

    [Fact]
    public async Task RightSecret_StoresBeforeOk_AndReplies_OnceEvenIfPostedTwice()
    {
        await using var bot = await StartAsync();
        var update = Updates.Text(803, "/start");
        update["update_id"] = 10;

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, update, Secret));
        Assert.True(await bot.QueryAsync(db => db.Set<InboxUpdate>().AnyAsync(u => u.UpdateId == 10)));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, update, Secret));

        var replies = await Api.WaitForMessagesAsync(803, 2);
        Assert.Contains("Активное долголетие", replies[0].Text);
        await bot.WaitUntilAsync(db => db.Set<InboxUpdate>().AllAsync(u => u.HandledAt != null));
        Assert.Equal(2, Api.Sent(803).Count);
    }

    [Fact]
    public async Task Health_AnswersOk()
    {
        await using var bot = await StartAsync();
        using var http = new HttpClient();

        Assert.Contains("\"status\":\"healthy\"", await http.GetStringAsync($"{bot.Url}/health"));
    }
}
