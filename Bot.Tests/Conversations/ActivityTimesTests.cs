using ClubBot.Conversations;
using ClubBot.People;

namespace ClubBot.Tests.Conversations;

/// <summary>
/// A person's last-seen time and their session's time are kept to the minute, so an update that changes nothing
/// else writes neither row; they must still move on when a minute has passed, and follow a clock set back.
/// </summary>
public sealed class ActivityTimesTests
{
    private static readonly DateTime Noon = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(59, 0)]
    [InlineData(60, 60)]
    [InlineData(61, 61)]
    [InlineData(-5, -5)]
    public void SessionTime_MovesOnlyAfterAMinute_OrWhenTheClockWentBack(int secondsLater, int expectedSecondsAfterNoon)
    {
        var session = new ConversationSession { ChatId = 1, UpdatedAt = Noon };

        session.Touch(Noon.AddSeconds(secondsLater));

        Assert.Equal(Noon.AddSeconds(expectedSecondsAfterNoon), session.UpdatedAt);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(59, 0)]
    [InlineData(60, 60)]
    [InlineData(-5, -5)]
    public void LastSeen_MovesOnlyAfterAMinute_OrWhenTheClockWentBack(int secondsLater, int expectedSecondsAfterNoon)
    {
        var person = new Person { TelegramUserId = 1, LastSeenAt = Noon };

        person.Seen(Noon.AddSeconds(secondsLater));

        Assert.Equal(Noon.AddSeconds(expectedSecondsAfterNoon), person.LastSeenAt);
    }

    [Fact]
    public void ANewRecord_TakesTheFirstTimeItIsSeen()
    {
        var person = new Person { TelegramUserId = 1 };
        var session = new ConversationSession { ChatId = 1 };

        person.Seen(Noon);
        session.Touch(Noon);

        Assert.Equal(Noon, person.LastSeenAt);
        Assert.Equal(Noon, session.UpdatedAt);
    }
}
