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

    [Theory]
    [InlineData("Texts.resx")]
    [InlineData("Texts.en.resx")]
    public void NoKeyIsWrittenTwice_ForTheCompilerKeepsOneSilently(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClubBot.sln")))
            dir = dir.Parent;
        var names = System.Xml.Linq.XDocument.Load(Path.Combine(dir!.FullName, "Bot", "Texts", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        Assert.Empty(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key));
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
