using ClubBot.Storage;
using Microsoft.Extensions.Options;

namespace ClubBot.Tests.Storage;

/// <summary>SQLite's one writer at a time: waiters in arrival order, sent marks before update commits.</summary>
public sealed class WriteGateTests
{
    private static WriteGate Sqlite() => new(Options.Create(new StorageOptions { Provider = StorageProvider.Sqlite }));

    [Fact]
    public async Task AMarkWaiting_GetsTheTurnBeforeCommitsThatCameEarlier()
    {
        var gate = Sqlite();
        var order = new List<string>();
        var held = await gate.EnterAsync();
        var commit = Take(gate.EnterAsync(), "commit", order);
        var mark = Take(gate.EnterForMarksAsync(), "mark", order);
        var later = Take(gate.EnterAsync(), "later commit", order);

        held.Dispose();
        await Task.WhenAll(commit, mark, later);

        Assert.Equal(["mark", "commit", "later commit"], order);
    }

    [Fact]
    public async Task AWaiterThatGivesUp_NeitherGetsNorLosesTheTurn()
    {
        var gate = Sqlite();
        var held = await gate.EnterAsync();
        using var cancel = new CancellationTokenSource();
        var leaving = gate.EnterAsync(cancel.Token).AsTask();
        var staying = gate.EnterAsync().AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        held.Dispose();

        (await staying).Dispose();
        (await gate.EnterAsync()).Dispose();
    }

    [Fact]
    public async Task OnPostgres_TheGateStaysOpen()
    {
        var gate = new WriteGate(Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Host=unused" }));
        using var first = await gate.EnterAsync();
        using var second = await gate.EnterForMarksAsync();
    }

    // Each taker records its turn and lets the next in, so the list is the order the turns were given.
    private static async Task Take(ValueTask<WriteGate.Turn> entering, string who, List<string> order)
    {
        using var turn = await entering;
        order.Add(who);
    }
}
