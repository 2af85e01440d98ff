using System.Globalization;
using ClubBot.Club;

namespace ClubBot.Tests.Club;

/// <summary>Typed dates read in the club's zone. "Now" is Wednesday 2 December 2026, 12:00 local.</summary>
public sealed class DateInputTests
{
    public static TheoryData<string, string, string> Readable => new()
    {
        // zone, typed, expected local time
        { "Europe/Moscow", "25.12 14:00", "2026-12-25 14:00" },
        { "Europe/Moscow", "25.12.2026 14:00", "2026-12-25 14:00" },
        { "Europe/Moscow", "5.1 9:30", "2027-01-05 09:30" },
        { "Europe/Moscow", "15.08 10:00", "2027-08-15 10:00" },
        { "Europe/Moscow", "02.12 18:00", "2026-12-02 18:00" },
        { "Europe/Moscow", "25.12.26 14:00", "2026-12-25 14:00" },
        { "Europe/Moscow", "завтра 10:00", "2026-12-03 10:00" },
        { "Europe/Moscow", "Завтра в 10:00", "2026-12-03 10:00" },
        { "Europe/Moscow", "сегодня 18:30", "2026-12-02 18:30" },
        { "Europe/Moscow", "послезавтра 9:00", "2026-12-04 09:00" },
        { "Europe/Moscow", "пн 11:00", "2026-12-07 11:00" },
        { "Europe/Moscow", "ср 13:00", "2026-12-02 13:00" },
        { "Europe/Moscow", "ср 11:00", "2026-12-09 11:00" },
        { "Europe/Moscow", "пятницу 15.00", "2026-12-04 15:00" },
        { "Europe/Moscow", "воскресенье 10:00", "2026-12-06 10:00" },
        { "Asia/Irkutsk", "25.12 14:00", "2026-12-25 14:00" },
        { "Asia/Irkutsk", "завтра 08:00", "2026-12-03 08:00" },
        { "Asia/Irkutsk", "сб 10:00", "2026-12-05 10:00" },
        { "Asia/Irkutsk", "29.02.2028 12:00", "2028-02-29 12:00" },
        { "Asia/Irkutsk", "сегодня 23:59", "2026-12-02 23:59" },
        // An interface in English reads its own words too.
        { "Europe/Moscow", "tomorrow 10:00", "2026-12-03 10:00" },
        { "Europe/Moscow", "Mon at 11:00", "2026-12-07 11:00" },
        { "Europe/Moscow", "friday 15:00", "2026-12-04 15:00" },
        { "Europe/Moscow", "the day after tomorrow 9:00", "2026-12-04 09:00" },
    };

    public static TheoryData<string, string, DateInputResult> Refused => new()
    {
        { "Europe/Moscow", "31.02 10:00", DateInputResult.Impossible },
        { "Europe/Moscow", "25.12 25:00", DateInputResult.Impossible },
        { "Europe/Moscow", "25.13 10:00", DateInputResult.Impossible },
        { "Europe/Moscow", "29.02.2027 12:00", DateInputResult.Impossible },
        { "Europe/Moscow", "сегодня 11:00", DateInputResult.Past },
        { "Europe/Moscow", "01.12.2026 10:00", DateInputResult.Past },
        // Yesterday, or earlier today, typed without a year: a slip, not a date a year ahead.
        { "Europe/Moscow", "01.12 10:00", DateInputResult.Past },
        { "Europe/Moscow", "02.12 10:00", DateInputResult.Past },
        { "Asia/Irkutsk", "03.09 10:00", DateInputResult.Past },
        { "Asia/Irkutsk", "сегодня 11:59", DateInputResult.Past },
        { "Europe/Moscow", "25 декабря", DateInputResult.Unreadable },
        { "Europe/Moscow", "в пятницу", DateInputResult.Unreadable },
        { "Europe/Moscow", "14:00", DateInputResult.Unreadable },
        { "Europe/Moscow", "", DateInputResult.Unreadable },
        { "Europe/Moscow", "😀", DateInputResult.Unreadable },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Readable_Inputs_BecomeTheRightInstant(string zoneId, string typed, string expectedLocal)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        var result = DateInput.TryParse(typed, Now(zone), zone, out var utc);

        Assert.Equal(DateInputResult.Ok, result);
        Assert.Equal(expectedLocal, TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Impossible_Past_And_Unreadable_Inputs_AreRefused(string zoneId, string typed, DateInputResult expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        Assert.Equal(expected, DateInput.TryParse(typed, Now(zone), zone, out _));
    }

    [Fact]
    public void TheSameWords_AreDifferentInstants_InDifferentZones()
    {
        var moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
        var irkutsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Irkutsk");
        var now = new DateTime(2026, 12, 2, 3, 0, 0, DateTimeKind.Utc);

        DateInput.TryParse("25.12 14:00", now, moscow, out var inMoscow);
        DateInput.TryParse("25.12 14:00", now, irkutsk, out var inIrkutsk);

        Assert.Equal(new DateTime(2026, 12, 25, 11, 0, 0, DateTimeKind.Utc), inMoscow);
        Assert.Equal(new DateTime(2026, 12, 25, 6, 0, 0, DateTimeKind.Utc), inIrkutsk);
    }

    /// <summary>Wednesday 2 December 2026, 12:00 in the zone.</summary>
    private static DateTime Now(TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 12, 2, 12, 0, 0, DateTimeKind.Unspecified), zone);
}
