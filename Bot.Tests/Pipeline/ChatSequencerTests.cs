using System.Collections.Concurrent;
using ClubBot.Pipeline;

namespace ClubBot.Tests.Pipeline;

public sealed class ChatSequencerTests
{
    [Fact]
    public async Task OneChat_RunsInOrder_NeverTwoAtOnce()
    {
        var sequencer = new ChatSequencer(8);
        var seen = new ConcurrentQueue<int>();
        var running = 0;
        var overlap = false;
        var done = new TaskCompletionSource();
        for (var i = 0; i < 200; i++)
        {
            var n = i;
            sequencer.Enqueue(1, async () =>
            {
                overlap |= Interlocked.Increment(ref running) > 1;
                await Task.Yield();
                seen.Enqueue(n);
                Interlocked.Decrement(ref running);
                if (n == 199)
                    done.SetResult();
            });
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(overlap);
        Assert.Equal(Enumerable.Range(0, 200), seen);
    }

    [Fact]
    public async Task DifferentChats_RunInParallel_UpToTheBound()
    {
        var sequencer = new ChatSequencer(3);
        var release = new TaskCompletionSource();
        var started = 0;
        var threeStarted = new TaskCompletionSource();
        for (var chat = 0; chat < 5; chat++)
            sequencer.Enqueue(chat, async () =>
            {
                if (Interlocked.Increment(ref started) == 3)
                    threeStarted.SetResult();
                await release.Task;
            });

        await threeStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, Volatile.Read(ref started));
        Assert.Equal(5, sequencer.Pending);
        release.SetResult();
        while (sequencer.Pending > 0)
            await Task.Yield();
        Assert.Equal(5, Volatile.Read(ref started));
    }

    [Fact]
    public async Task AFailingItem_DoesNotStopTheLane()
    {
        var sequencer = new ChatSequencer(2);
        var done = new TaskCompletionSource();
        sequencer.Enqueue(1, () => throw new InvalidOperationException("boom"));
        sequencer.Enqueue(1, () =>
        {
            done.SetResult();
            return Task.CompletedTask;
        });

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
