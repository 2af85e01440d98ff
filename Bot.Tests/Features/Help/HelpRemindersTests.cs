using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Help;

/// <summary>Ride reminders to the participant and task reminders to the volunteer, on a fake clock.</summary>
public sealed class HelpRemindersTests : FakeBotApiTest
{
    private static readonly TimeZoneInfo Irkutsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Irkutsk");

    [Fact]
    public async Task AConfirmedRide_RemindsTheParticipant_AndItsVolunteer_24And2HoursBeforeThePickup_Once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(At("2026-12-01 10:00")));
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:TimeZone"] = "Asia/Irkutsk" }, services: s => s.AddSingleton<TimeProvider>(clock));
        var participant = await HelpData.AddPersonAsync(bot, 960);
        var volunteer = await HelpData.AddPersonAsync(bot, 961, VolunteerStatus.Approved);
        await bot.QueryAsync(async db =>
        {
            db.Add(new HelpRequest
            {
                Kind = RequestKind.Ride,
                PersonId = participant,
                VolunteerId = volunteer,
                Status = RequestStatus.Assigned,
                RideFrom = "Оса",
                RideTo = "Поликлиника",
                Day = new DateOnly(2026, 12, 5),
                PickupAt = At("2026-12-05 09:30"),
                EscortNeeded = true,
                ForVolunteers = true,
                CreatedAt = At("2026-12-01 10:00"),
                UpdatedAt = At("2026-12-01 10:00"),
            });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await RunAtAsync(bot, clock, At("2026-12-04 09:29")));
        Assert.Equal(2, await RunAtAsync(bot, clock, At("2026-12-04 09:30")));
        await DeliveredAsync(bot, clock, 2);
        Assert.Equal(0, await RunAtAsync(bot, clock, At("2026-12-04 10:00")));
        // 2 hours before 09:30 is 07:30, at night: it went the evening before, at 20:00.
        Assert.Equal(2, await RunAtAsync(bot, clock, At("2026-12-04 20:00")));
        await DeliveredAsync(bot, clock, 4);
        Assert.Equal(0, await RunAtAsync(bot, clock, At("2026-12-05 08:00")));

        var toParticipant = await Api.WaitForAsync(c => c.ChatId == 960 && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true, 2);
        Assert.All(toParticipant, c => Assert.Equal("⏰ Напоминаем о поездке № 1 (Поликлиника): машина придёт в субботу, 5 декабря, в 09:30.", c.Text));
        var participantChat = new TestChat(Api, bot, 960);
        await participantChat.PushAsync(Updates.Callback(960, toParticipant[^1].InlineKeyboard[1][0].Data!, toParticipant[^1].MessageId!.Value));
        Assert.Equal("Заявка № 1 отменена.", participantChat.LastText);
        Assert.Equal(RequestStatus.Cancelled, (await HelpData.RequestAsync(bot, 1)).Status);
        var toVolunteer = await Api.WaitForAsync(c => c.ChatId == 961 && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true, 2);
        Assert.All(toVolunteer, c => Assert.StartsWith("⏰ Напоминаем о задании № 1 (Поездка: Поликлиника): вас ждут в субботу, 5 декабря, в 09:30.", c.Text));
        Assert.All(toVolunteer, c => Assert.Contains("+7 902 000-09-60", c.Text));
    }

    private Task DeliveredAsync(BotUnderTest bot, FakeTimeProvider clock, int total) =>
        bot.NudgeUntilAsync(clock, () => Api.Calls.Count(c => c.ChatId is 960 or 961 && c.Text?.StartsWith("⏰", StringComparison.Ordinal) == true) >= total);

    private static Task<int> RunAtAsync(BotUnderTest bot, FakeTimeProvider clock, DateTime utc) => bot.RunDueAsync<HelpReminders>(clock, utc);

    private static DateTime At(string local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), Irkutsk);
}
