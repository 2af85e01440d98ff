using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Storage;

namespace ClubBot.Tests.Storage;

/// <summary>
/// A person's last-seen time and their session's time are kept to the minute, so an update that changes nothing
/// else writes neither row; they must still move on when a minute has passed, and follow a clock set back.
/// </summary>
public sealed class TimeOnRecordTests
{
    private static readonly DateTime Noon = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(59, 0)]
    [InlineData(60, 60)]
    [InlineData(61, 61)]
    [InlineData(-5, -5)]
    public void MovesOnlyAfterAMinute_OrWhenTheClockWentBack(int secondsLater, int expectedSecondsAfterNoon) =>
        Assert.Equal(Noon.AddSeconds(expectedSecondsAfterNoon), TimeOnRecord.Next(Noon, Noon.AddSeconds(secondsLater)));

    [Fact]
    public void APersonAndASession_KeepTheirTimeThisWay()
    {
        var person = new Person { TelegramUserId = 1, LastSeenAt = Noon };
        var session = new ConversationSession { ChatId = 1, UpdatedAt = Noon };

        person.Seen(Noon.AddSeconds(30));
        session.Touch(Noon.AddSeconds(30));
        Assert.Equal(Noon, person.LastSeenAt);
        Assert.Equal(Noon, session.UpdatedAt);

        person.Seen(Noon.AddMinutes(2));
        session.Touch(Noon.AddMinutes(2));
        Assert.Equal(Noon.AddMinutes(2), person.LastSeenAt);
        Assert.Equal(Noon.AddMinutes(2), session.UpdatedAt);
    }
}
