using ClubBot.Outbox;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Outbox;

public sealed class SendPacerTests
{
    private readonly FakeTimeProvider _clock = new();

    private SendPacer Create(SenderOptions? options = null) => new(Options.Create(options ?? new SenderOptions()), _clock);

    [Fact]
    public void Bulk_ToManyChats_IsSpacedByOneThirtiethOfASecond()
    {
        var pacer = Create();

        var waits = Enumerable.Range(0, 100).Select(i => pacer.ReserveBulk(i)).ToList();

        Assert.Equal(TimeSpan.Zero, waits[0]);
        for (var i = 1; i < waits.Count; i++)
            Assert.Equal(1.0 / 30, (waits[i] - waits[i - 1]).TotalSeconds, 6);
        Assert.Equal(99 / 30.0, waits[^1].TotalSeconds, 4);
    }

    [Fact]
    public void BulkStarts_CountRequestsUnderWayAndAnsweredWithinASecond_NeverMoreThanTheRate()
    {
        var pacer = Create();

        var first = Enumerable.Range(0, 30).Select(_ => pacer.TakeBulkStart()).ToList();
        var whileAllUnderWay = pacer.TakeBulkStart();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        pacer.BulkAnswered();
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        var oneAnswered = pacer.TakeBulkStart();
        _clock.Advance(oneAnswered);

        Assert.All(first, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromMilliseconds(10), whileAllUnderWay);
        Assert.Equal(TimeSpan.FromMilliseconds(840), oneAnswered);
        Assert.Equal(TimeSpan.Zero, pacer.TakeBulkStart());
        Assert.True(pacer.TakeBulkStart() > TimeSpan.Zero);
    }

    [Fact]
    public void Bulk_ToOneChat_IsSpacedByOneSecond()
    {
        var pacer = Create();

        var waits = Enumerable.Range(0, 5).Select(_ => pacer.ReserveBulk(7)).ToList();

        Assert.Equal([0.0, 1, 2, 3, 4], waits.Select(w => Math.Round(w.TotalSeconds, 9)));
    }

    [Fact]
    public void Bulk_ToOneChat_AfterASlowSend_WaitsAFullSecondFromItsEnd()
    {
        var pacer = Create();
        Assert.Equal(TimeSpan.Zero, pacer.ReserveBulk(7));

        _clock.Advance(TimeSpan.FromMilliseconds(300));
        pacer.BulkFinished(7);

        Assert.Equal(TimeSpan.FromSeconds(1), pacer.ReserveBulk(7));
    }

    [Fact]
    public void Reply_ToOneChat_GetsBurstThenOnePerSecond_AndRefillsWithTime()
    {
        var pacer = Create();

        var waits = Enumerable.Range(0, 5).Select(_ => pacer.ReserveReply(7).TotalSeconds).ToList();
        Assert.Equal([0.0, 0, 0, 1, 2], waits.Select(w => Math.Round(w, 9)));

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, pacer.ReserveReply(7));
    }

    [Fact]
    public void Replies_AreNotHeldToTheBulkCap_NorPausedBy429()
    {
        var pacer = Create();
        for (var i = 0; i < 1000; i++)
            pacer.ReserveBulk(i);
        pacer.PauseBulk(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.Zero, pacer.ReserveReply(5000));
        Assert.True(pacer.IsBulkPaused());
        Assert.True(pacer.ReserveBulk(5001) >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void PauseOn429_HoldsBulkUntilRetryAfter_ThenResumes()
    {
        var pacer = Create();
        pacer.PauseBulk(TimeSpan.FromSeconds(5));

        Assert.Equal(5, pacer.ReserveBulk(1).TotalSeconds, 9);
        _clock.Advance(TimeSpan.FromSeconds(6));
        Assert.False(pacer.IsBulkPaused());
        Assert.Equal(TimeSpan.Zero, pacer.ReserveBulk(2));
    }

    [Fact]
    public void ConfiguredRates_AreHonoured()
    {
        var pacer = Create(new SenderOptions { BulkPerSecond = 10, BulkPerChatPerSecond = 0.5 });

        Assert.Equal(0.0, pacer.ReserveBulk(1).TotalSeconds, 9);
        Assert.Equal(0.1, pacer.ReserveBulk(2).TotalSeconds, 6);
        Assert.Equal(2.0, pacer.ReserveBulk(1).TotalSeconds, 9);
    }
}
