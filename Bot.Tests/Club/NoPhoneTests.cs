using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Club;

/// <summary>
/// The shipped configuration has no phone: the bot still starts, says so once in its log, shows no number anywhere,
/// and where it would offer one it says a coordinator will answer or call.
/// </summary>
public sealed class NoPhoneTests : FakeBotApiTest
{
    private static Dictionary<string, string?> NoPhone => new(OnboardingTests.Fast) { ["Club:Phone"] = "" };

    [Fact]
    public async Task WithoutAPhone_NoNumberIsShown_TheMenuHasNoPhoneButton_AndTheLogSaysSoOnce()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: NoPhone);
        var chat = new TestChat(Api, bot, 760);

        await chat.SendAsync("добрый день");
        Assert.DoesNotContain("☎️ Телефон центра", chat.ReplyButtons);
        await chat.SendAsync("/help");
        Assert.Contains("нажмите «❓ Вопрос координатору»: координатор ответит здесь, а если нужно, позвонит вам", chat.History.Last(c => c.Method == "sendMessage" && c.Text!.StartsWith("Нажимайте", StringComparison.Ordinal)).Text);
        await chat.TapMenuAsync("❓ Вопрос координатору");
        Assert.Equal("Напишите вопрос одним сообщением — координатор ответит здесь, а если нужно, позвонит вам.", chat.LastText);
        await chat.SendAsync("Когда будет следующая поездка в Иркутск?");
        Assert.Equal("Вопрос записан. Координатор увидит его, как только зайдёт в бот, и ответ придёт сюда.", chat.LastText);

        Assert.DoesNotContain(chat.History, c => c.Text is { } text && System.Text.RegularExpressions.Regex.IsMatch(text, @"\+7|\d{3}-\d{2}-\d{2}"));
        Assert.Single(bot.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Club:Phone is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryTextThatOffersThePhone_HasATwinWithoutIt_ThatShowsNoPlaceholder()
    {
        var texts = Texts();
        var resx = System.Xml.Linq.XDocument.Load(Path.Combine(BotProcess.RepositoryRoot, "Bot", "Texts", "Texts.resx"));
        var keys = resx.Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        // «NoPhone» alone is the words for a person without a phone, not a twin.
        var twins = keys.Where(k => k.EndsWith("NoPhone", StringComparison.Ordinal) && k != "NoPhone").ToList();

        Assert.NotEmpty(twins);
        foreach (var twin in twins)
        {
            var key = twin[..^"NoPhone".Length];
            Assert.Contains(key, keys);
            var withPhone = System.Text.RegularExpressions.Regex.Matches(texts[key], @"\{(\d)\}").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Max();
            var without = System.Text.RegularExpressions.Regex.Matches(texts[twin], @"\{(\d)\}").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max();
            // The phone is the last argument of the text that shows it, and its twin takes the others only.
            Assert.Equal(withPhone - 1, without);
        }
    }

    private static ClubBot.Texts.BotTexts Texts() => new(Microsoft.Extensions.Options.Options.Create(new ClubBot.Club.ClubOptions()));
}
