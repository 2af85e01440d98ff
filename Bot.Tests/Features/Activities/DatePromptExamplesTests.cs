using System.Text.RegularExpressions;
using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Features.Activities;

/// <summary>Every date and time a coordinator's prompt or error shows as an example is taken when typed as shown, whatever the day and language.</summary>
public sealed partial class DatePromptExamplesTests
{
    public static TheoryData<string, string> Days => new()
    {
        // UTC instant (Irkutsk is UTC+8), language
        { "2026-12-02T04:00:00Z", "ru" },
        { "2026-12-26T04:00:00Z", "ru" },
        { "2026-12-31T15:30:00Z", "ru" },
        { "2026-12-02T04:00:00Z", "en" },
        { "2026-12-26T04:00:00Z", "en" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void StartExamples_AreTaken(string now, string language)
    {
        var (texts, fields) = Make(now, language);
        var draft = new ActivityDraft();

        var examples = ExamplesIn(texts.Format("AskActivityStarts", fields.Examples(draft)), texts.Format("DateUnreadable", fields.Examples(draft)));

        Assert.Equal(7, examples.Count);
        Assert.All(examples, e => Assert.True(fields.Apply(EditorState.Starts, e, new ActivityDraft()) is null, $"«{e}» refused"));
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void EndExamples_AreTaken_AfterAStartTypedAsShown(string now, string language)
    {
        var (texts, fields) = Make(now, language);
        var draft = new ActivityDraft();
        Assert.Null(fields.Apply(EditorState.Starts, ExamplesIn(texts.Format("AskActivityStarts", fields.Examples(draft)))[0], draft));

        var examples = ExamplesIn(texts.Format("AskActivityEnds", fields.Examples(draft)), texts.Format("EndUnreadable", fields.Examples(draft)));

        Assert.Equal(4, examples.Count);
        Assert.All(examples, e => Assert.True(fields.Apply(EditorState.Ends, e, Copy(draft)) is null, $"«{e}» refused"));
    }

    private static (BotTexts, EditorFields) Make(string now, string language)
    {
        var options = Options.Create(new ClubOptions { TimeZone = "Asia/Irkutsk", Language = language });
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var texts = new BotTexts(options);
        return (texts, new EditorFields(new ClubTime(options, time, texts), time));
    }

    private static ActivityDraft Copy(ActivityDraft d) => new() { StartsAt = d.StartsAt, EndsAt = d.EndsAt };

    private static List<string> ExamplesIn(params string[] prompts) =>
        prompts.SelectMany(p => Example().Matches(p).Select(m => m.Value)).ToList();

    // A time, with the word or date before it: «09.12 14:00», «завтра 10:00», «(16:00)».
    [GeneratedRegex(@"(?:[^\s(]+ )?\d{1,2}:\d\d")]
    private static partial Regex Example();
}
