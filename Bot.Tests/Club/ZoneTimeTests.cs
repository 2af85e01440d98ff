using ClubBot.Club;
using ClubBot.Features.Activities;

namespace ClubBot.Tests.Club;

/// <summary>Wall-clock times become instants without throwing, also where clocks jump or repeat.</summary>
public sealed class ZoneTimeTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Irkutsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Irkutsk");

    [Theory]
    [InlineData("Europe/Berlin", "2026-12-01 10:00", "2026-12-01 09:00")]
    [InlineData("Europe/Berlin", "2027-07-01 10:00", "2027-07-01 08:00")]
    // Skipped when clocks go forward (02:00 → 03:00): read with the winter offset, so it is 03:30 summer time.
    [InlineData("Europe/Berlin", "2027-03-28 02:30", "2027-03-28 01:30")]
    // Happens twice when clocks go back (03:00 → 02:00): the first time, still summer time.
    [InlineData("Europe/Berlin", "2026-10-25 02:30", "2026-10-25 00:30")]
    [InlineData("Asia/Irkutsk", "2026-12-01 10:00", "2026-12-01 02:00")]
    public void ToUtc_GivesTheInstantPeopleMean(string zone, string local, string expectedUtc)
    {
        var utc = ZoneTime.ToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void EveryQuarterHourAcrossBothChangeWeekends_Converts_AndExistingTimesRoundTrip()
    {
        foreach (var start in new[] { new DateTime(2027, 3, 27), new DateTime(2026, 10, 24) })
        {
            for (var local = start; local < start.AddDays(2); local = local.AddMinutes(15))
            {
                var utc = ZoneTime.ToUtc(local, Berlin);
                if (ZoneTime.Exists(local, Berlin))
                    Assert.Equal(local, ZoneTime.ToLocal(utc, Berlin));
                else
                    Assert.Equal(local.AddHours(1), ZoneTime.ToLocal(utc, Berlin));
            }
        }
    }

    [Fact]
    public void Exists_IsFalseOnlyInTheGap()
    {
        Assert.False(ZoneTime.Exists(new DateTime(2027, 3, 28, 2, 30, 0), Berlin));
        Assert.True(ZoneTime.Exists(new DateTime(2026, 10, 25, 2, 30, 0), Berlin));
        Assert.True(ZoneTime.Exists(new DateTime(2027, 3, 28, 2, 30, 0), Irkutsk));
    }

    [Theory]
    [InlineData("2027-03-28 03:30", 2, "2027-03-27 19:00")]
    [InlineData("2027-03-28 10:00", 24, "2027-03-27 08:00")]
    [InlineData("2026-10-25 04:00", 2, "2026-10-24 18:00")]
    public void ReminderPlanner_AroundAClockChange_NeitherThrowsNorSendsAtNight(string startsLocal, double hours, string expectedUtc)
    {
        var starts = ZoneTime.ToUtc(DateTime.Parse(startsLocal, System.Globalization.CultureInfo.InvariantCulture), Berlin);

        var due = ReminderPlanner.DueAt(starts, hours, Berlin, new ReminderOptions());

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), due);
    }
}
