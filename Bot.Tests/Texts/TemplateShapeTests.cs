using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using ClubBot.Texts;

namespace ClubBot.Tests.Texts;

/// <summary>
/// Every Russian template rendered with a sample title in each gap: a title after a preposition would have to
/// decline («на 🚌 Поездка…»), and a gap right before a counted noun would put one form with every number
/// («{0} получателей»). Both are phrased around instead (a colon, a new line, <see cref="BotTexts.Count"/>).
/// </summary>
public sealed partial class TemplateShapeTests
{
    private const string SampleTitle = "🚌 Поездка в Иркутск";

    // Gaps after a preposition that take no title: what each holds.
    private static readonly Dictionary<string, string> NotATitle = new()
    {
        ["DigestTitle"] = "a date",
        ["ReportAsOf"] = "a date and time",
        ["ErasedRidePickupOff"] = "a time of day",
        ["WhenAt"] = "a time of day",
        ["AudienceTookPart"] = "a number of days, already with its noun",
        ["DayTooFar"] = "a number of days, already with its noun",
        ["DayTooFarForRide"] = "a number of days, already with its noun",
        ["DayTypedHint"] = "a number of days, already with its noun",
        ["DayTypedHintFar"] = "a number of days, already with its noun",
        ["ActivityList"] = "page numbers («страница 1 из 3»)",
        ["JournalPage"] = "page numbers",
        ["SurveyQuestionHeader"] = "question numbers («Вопрос 2 из 5»)",
        ["AttendanceSummedUp"] = "numbers of people («пришли 12 из 15»)",
        ["AttendanceSummedUpUnmarked"] = "numbers of people («пришли 12 из 15»)",
        ["EveryWeekdays"] = "weekday names in the dative («по вторникам и четвергам»)",
    };

    private static IEnumerable<(string Key, string Value)> Russian() =>
        new ResourceManager("ClubBot.Texts.Texts", typeof(BotTexts).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => ((string)e.Key, (string)e.Value!));

    [Fact]
    public void NoTitle_FollowsAPreposition()
    {
        var declined = Russian()
            .Where(t => !NotATitle.ContainsKey(t.Key))
            .Select(t => (t.Key, Text: Gap().Replace(t.Value, SampleTitle)))
            .Where(t => PrepositionBeforeTitle().IsMatch(t.Text))
            .Select(t => $"{t.Key}: {t.Text}")
            .ToList();

        Assert.Empty(declined);
    }

    [Fact]
    public void NoGap_StandsBeforeACountedNoun()
    {
        var fixedForm = Russian().Where(t => GapBeforeNoun().IsMatch(t.Value)).Select(t => $"{t.Key}: {t.Value}").ToList();

        Assert.Empty(fixedForm);
    }

    [Theory]
    [InlineData(1, "1 получатель")]
    [InlineData(2, "2 получателя")]
    [InlineData(5, "5 получателей")]
    [InlineData(11, "11 получателей")]
    [InlineData(21, "21 получатель")]
    public void ACountedNoun_TakesTheFormItsNumberAsks(long number, string expected)
    {
        var texts = new BotTexts(Microsoft.Extensions.Options.Options.Create(new ClubBot.Club.ClubOptions()));

        Assert.Equal(expected, texts.Count(number, "NounRecipient"));
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Gap();

    [GeneratedRegex(@"(?i)(?<![\p{L}])(на|в|во|о|об|обо|для|к|ко|из|с|со|по|от|до|за|про|у|при)\s+🚌")]
    private static partial Regex PrepositionBeforeTitle();

    [GeneratedRegex(@"\{\d+\} (получател\w*|дн(я|ей)|день|человек|мест(о|а)?|записе?й|запис[ьи]|заявк\w*|ответ(а|ов)?|участник\w*|час(а|ов)?|раз)\b")]
    private static partial Regex GapBeforeNoun();
}
