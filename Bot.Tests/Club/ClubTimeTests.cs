using ClubBot.Club;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Club;

/// <summary>How days and times read in cards and sentences. "Now" is Monday 23 November 2026 in Irkutsk.</summary>
public sealed class ClubTimeTests
{
    private static ClubTime Clock(string language = "ru")
    {
        var options = Options.Create(new ClubOptions { TimeZone = "Asia/Irkutsk", Language = language });
        var now = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        return new ClubTime(options, now, new BotTexts(options));
    }

    // 08:00 in Irkutsk is 00:00 UTC.
    private static DateTime IrkutskEight(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2026, 11, 30, "понедельник, 30 ноября, 08:00")]
    [InlineData(2026, 12, 3, "четверг, 3 декабря, 08:00")]
    [InlineData(2027, 1, 8, "пятница, 8 января 2027, 08:00")]
    public void Describe_NamesTheWeekdayInFull_AndTheYearOnlyWhenItIsAnotherYear(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Clock().Describe(IrkutskEight(year, month, day)));

    [Theory]
    [InlineData(2026, 11, 29, "в воскресенье, 29 ноября, в 08:00")]
    [InlineData(2026, 11, 30, "в понедельник, 30 ноября, в 08:00")]
    [InlineData(2026, 12, 1, "во вторник, 1 декабря, в 08:00")]
    [InlineData(2026, 12, 2, "в среду, 2 декабря, в 08:00")]
    [InlineData(2026, 12, 3, "в четверг, 3 декабря, в 08:00")]
    [InlineData(2026, 12, 4, "в пятницу, 4 декабря, в 08:00")]
    [InlineData(2026, 12, 5, "в субботу, 5 декабря, в 08:00")]
    [InlineData(2027, 1, 9, "в субботу, 9 января 2027, в 08:00")]
    public void When_ReadsInsideASentence(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Clock().When(IrkutskEight(year, month, day)));

    [Fact]
    public void When_InEnglish_ReadsInsideASentenceToo() =>
        Assert.Equal("on Thursday, 3 December, at 08:00", Clock("en").When(IrkutskEight(2026, 12, 3)));
}
