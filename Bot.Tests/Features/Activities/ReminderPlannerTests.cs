using ClubBot.Features.Activities;

namespace ClubBot.Tests.Features.Activities;

public sealed class ReminderPlannerTests
{
    [Theory]
    [InlineData("Europe/Moscow", "2026-12-10 14:00", 24, "2026-12-09 14:00")]
    [InlineData("Europe/Moscow", "2026-12-10 14:00", 2, "2026-12-10 12:00")]
    [InlineData("Asia/Irkutsk", "2026-12-10 14:00", 24, "2026-12-09 14:00")]
    [InlineData("Asia/Irkutsk", "2026-12-10 14:00", 2, "2026-12-10 12:00")]
    [InlineData("Asia/Irkutsk", "2026-12-10 10:00", 2, "2026-12-09 20:00")]
    [InlineData("Asia/Irkutsk", "2026-12-10 08:00", 24, "2026-12-08 20:00")]
    [InlineData("Europe/Moscow", "2026-12-10 23:30", 2, "2026-12-10 20:00")]
    [InlineData("Europe/Moscow", "2026-12-10 11:00", 2, "2026-12-10 09:00")]
    [InlineData("Europe/Moscow", "2026-12-10 23:00", 2, "2026-12-10 20:00")]
    public void DueAt_IsHoursBeforeTheStart_InTheClubsZone_AndNeverAtNight(string zoneId, string startsLocal, double hours, string expectedLocal)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var starts = TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(startsLocal, System.Globalization.CultureInfo.InvariantCulture), zone);

        var due = ReminderPlanner.DueAt(starts, hours, zone, new ReminderOptions());

        var local = TimeZoneInfo.ConvertTimeFromUtc(due, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedLocal, local);
    }
}
