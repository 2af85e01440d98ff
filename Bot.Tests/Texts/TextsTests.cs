using System.Globalization;
using System.Resources;
using ClubBot.Club;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Texts;

public sealed class TextsTests
{
    private static readonly ResourceManager Resources = new("ClubBot.Texts.Texts", typeof(BotTexts).Assembly);

    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();

    [Fact]
    public void RussianAndEnglish_HaveTheSameKeys()
    {
        var ru = Keys(CultureInfo.InvariantCulture);
        var en = Keys(CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(ru);
        Assert.Empty(ru.Except(en));
        Assert.Empty(en.Except(ru));
    }

    [Fact]
    public void LanguageComesFromConfiguration_NotTheMachine()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.StartsWith("Простите", new BotTexts(Options.Create(new ClubOptions())).Format("Apology", "1"));
            Assert.StartsWith("Sorry", new BotTexts(Options.Create(new ClubOptions { Language = "en" })).Format("Apology", "1"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void UnknownKey_FailsLoudly() =>
        Assert.Throws<KeyNotFoundException>(() => new BotTexts(Options.Create(new ClubOptions()))["NoSuchText"]);
}
