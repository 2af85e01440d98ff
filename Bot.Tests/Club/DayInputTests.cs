using ClubBot.Club;

namespace ClubBot.Tests.Club;

public sealed class DayInputTests
{
    // Monday, 23 November 2026.
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("1 декабря", "2026-12-01")]
    [InlineData("1 дек", "2026-12-01")]
    [InlineData("1 дек.", "2026-12-01")]
    [InlineData("15.12", "2026-12-15")]
    [InlineData("15.12.2026", "2026-12-15")]
    [InlineData("15.12.26", "2026-12-15")]
    [InlineData("3 мая", "2027-05-03")]
    [InlineData("10 января 2027 года", "2027-01-10")]
    [InlineData("сегодня", "2026-11-23")]
    [InlineData("Завтра", "2026-11-24")]
    [InlineData("послезавтра", "2026-11-25")]
    [InlineData("в пятницу", "2026-11-27")]
    [InlineData("пт", "2026-11-27")]
    [InlineData("понедельник", "2026-11-23")]
    [InlineData("во вторник", "2026-11-24")]
    [InlineData("05.01", "2027-01-05")]
    [InlineData("1 December", "2026-12-01")]
    [InlineData("December 15", "2026-12-15")]
    [InlineData("dec 3rd, 2027", "2027-12-03")]
    [InlineData("3 may", "2027-05-03")]
    [InlineData("tomorrow", "2026-11-24")]
    [InlineData("on Friday", "2026-11-27")]
    [InlineData("monday", "2026-11-23")]
    public void ReadsTheDaysPeopleType(string text, string expected)
    {
        Assert.Equal(DateInputResult.Ok, DayInput.TryParse(text, Today, out var day));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData("20.11", DateInputResult.Past)]
    [InlineData("1 ноября", DateInputResult.Past)]
    [InlineData("22.11.2026", DateInputResult.Past)]
    [InlineData("31.11", DateInputResult.Impossible)]
    [InlineData("30 февраля", DateInputResult.Impossible)]
    [InlineData("на днях", DateInputResult.Unreadable)]
    [InlineData("15 декабрь 2026 14:00", DateInputResult.Unreadable)]
    [InlineData("", DateInputResult.Unreadable)]
    public void RefusesWhatIsNotAComingDay(string text, DateInputResult expected) =>
        Assert.Equal(expected, DayInput.TryParse(text, Today, out _));
}
