using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Broadcast;
using ClubBot.Tests.Features.Onboarding;
using Xunit.Abstractions;

namespace ClubBot.Tests.Benchmarks;

/// <summary>
/// A broadcast to 1,000 people against a fake that answers 429 whenever more than 30 messages arrived in the last
/// second, as Telegram does for bulk notifications. Prints the rate reached against the configured 30/s and the 429s.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class BroadcastBenchmark(ITestOutputHelper output) : FakeBotApiTest
{
    private const int People = 1000;
    private const string Text = "Завтра в 10:00 — общее собрание клуба в Доме культуры.";

    [BenchmarkFact]
    public async Task AThousandRecipients_AtThirtyASecond()
    {
        var window = new Queue<DateTime>();
        var refused = 0;
        var refusedAt = new List<DateTime>();
        DateTime? firstAccepted = null;
        // Telegram's 30/s is about notifications to many chats; the coordinator's own replies are not counted.
        Api.ChaosByChat = (method, chat) =>
        {
            if (method != "sendMessage" || chat == 980)
                return null;
            lock (window)
            {
                var now = DateTime.UtcNow;
                while (window.Count > 0 && now - window.Peek() > TimeSpan.FromSeconds(1))
                    window.Dequeue();
                if (window.Count >= 30)
                {
                    refused++;
                    refusedAt.Add(now);
                    return FakeReply.TooManyRequests(1);
                }

                window.Enqueue(now);
                firstAccepted ??= now;
                return null;
            }
        };
        // The real clock, at whatever hour the benchmark runs: the night rule is turned off.
        var settings = new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "980", ["Reminders:NightStarts"] = "23:59", ["Reminders:NightEnds"] = "00:00" };
        await using var bot = await BotUnderTest.StartAsync(Api, settings: settings);
        await BroadcastData.AddPeopleAsync(bot, 200_000, People);
        var admin = new TestChat(Api, bot, 980);
        await admin.SendAsync("/start");
        await admin.TapMenuAsync("📣 Рассылка");
        await admin.SendAsync(Text);
        await admin.PressAsync("👥 Всем участникам");
        await admin.PressAsync("📨 Отправить");

        // The coordinator's preview carries the same text; only the recipients' messages count.
        var sent = await Api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.Text == Text && c.ChatId != 980, count: People, timeout: TimeSpan.FromMinutes(3));

        var seconds = (sent.Max(c => c.At) - sent.Min(c => c.At)).TotalSeconds;
        var rate = (People - 1) / seconds;
        var firstRefusal = refusedAt.Count == 0 ? "" : FormattableString.Invariant($", first 429 at {(refusedAt[0] - firstAccepted!.Value).TotalSeconds:0.000} s");
        output.WriteLine(FormattableString.Invariant(
            $"broadcast to {People}: {seconds:0.0} s, {rate:0.0} messages/s of 30 configured ({rate / 30 * 100:0}%), 429s: {refused}, duplicates: {sent.Count - sent.Select(c => c.ChatId).Distinct().Count()}{firstRefusal}"));
    }
}
