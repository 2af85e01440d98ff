using System.Net;
using System.Text.Json.Nodes;
using ClubBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Hosting;

/// <summary>GET /health says unhealthy when the bot no longer hears from Telegram or cannot get its messages out.</summary>
public sealed class HealthTests : FakeBotApiTest
{
    [Fact]
    public async Task WhilePollingWorksAndNothingWaits_IsHealthy_WithTheFigures()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        Api.Push(Updates.Text(2001, "/start"));
        await Api.WaitForMessagesAsync(2001);

        var (status, body) = await GetHealthAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.True((bool)body["database"]!);
        Assert.True((double)body["seconds_since_updates"]! < 60);
        Assert.Equal("off", (string?)body["scheduler"]);
        Assert.Empty(body["problems"]!.AsArray());
    }

    [Fact]
    public async Task WhenGetUpdatesKeepsFailing_IsUnhealthy_AndSaysWhy()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<TimeProvider>(clock));
        Api.AddRule(new FakeRule("getUpdates", FakeReply.ServerError()));

        clock.Advance(TimeSpan.FromMinutes(5));
        var (status, body) = await GetHealthAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", (string?)body["status"]);
        Assert.Contains("getUpdates", body["problems"]![0]!.ToString());
    }

    [Fact]
    public async Task WhenAMessageCannotGoOutForLong_IsUnhealthy_AndSaysHowLong()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotUnderTest.StartAsync(Api, services: s => s.AddSingleton<TimeProvider>(clock));
        Api.AddRule(new FakeRule("sendMessage", FakeReply.ServerError(), ChatId: 2002));
        Api.Push(Updates.Text(2002, "/start"));
        await Api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == 2002 && c.Status == 500);

        clock.Advance(TimeSpan.FromMinutes(20));
        var (status, body) = await GetHealthAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.True((double)body["oldest_unsent_seconds"]! >= 1200);
        Assert.Contains(body["problems"]!.AsArray(), p => p!.ToString().Contains("waited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithTheSchedulerOn_ReportsItRunning_AndStoppedWhenItIsNot()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "true" });

        var (status, body) = await GetHealthAsync(bot);
        for (var tries = 0; (string?)body["scheduler"] == "starting" && tries < 100; tries++)
        {
            await Task.Delay(50);
            (status, body) = await GetHealthAsync(bot);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("running", (string?)body["scheduler"]);

        var scheduler = await bot.App.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        (status, body) = await GetHealthAsync(bot);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("stopped", (string?)body["scheduler"]);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetHealthAsync(BotUnderTest bot)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync($"{bot.Url}/health");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
