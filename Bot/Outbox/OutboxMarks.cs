using System.Data.Common;
using System.Globalization;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClubBot.Outbox;

/// <summary>
/// Records finished messages with group commit: whoever arrives while a write is under way waits for the next
/// one, which takes everybody waiting in a single transaction. Each caller still returns only once its own row
/// is durable, but under load one write serves dozens of messages instead of one. On SQLite the marks take the
/// writer's turn ahead of waiting update commits (<see cref="WriteGate.EnterForMarksAsync"/>).
/// </summary>
public sealed class OutboxMarks(IServiceScopeFactory scopes, WriteGate gate, KeptConnections connections)
{
    private readonly Lock _lock = new();
    private List<Mark> _waiting = [];
    private bool _writing;

    public async Task FinishAsync(long id, OutboxState state, int attempts, string? error, DateTime now)
    {
        var mark = new Mark(id, state, attempts, error, now);
        bool lead;
        lock (_lock)
        {
            _waiting.Add(mark);
            lead = !_writing;
            _writing = true;
        }

        if (lead)
            await WriteWhileWaitingAsync();
        await mark.Done.Task;
    }

    private async Task WriteWhileWaitingAsync()
    {
        while (true)
        {
            List<Mark> batch;
            lock (_lock)
            {
                if (_waiting.Count == 0)
                {
                    _writing = false;
                    return;
                }

                (batch, _waiting) = (_waiting, []);
            }

            try
            {
                await WriteAsync(batch);
                foreach (var mark in batch)
                    mark.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                foreach (var mark in batch)
                    mark.Done.TrySetException(ex);
            }
        }
    }

    private async Task WriteAsync(List<Mark> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        using var turn = await gate.EnterForMarksAsync();
        var lease = await connections.OpenAsync(db);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            // Nearly every message is sent at the first attempt, so the groups are few and the statements too.
            foreach (var group in batch.GroupBy(m => (m.State, m.Attempts, m.Error, m.Now)))
            {
                foreach (var ids in group.Select(m => m.Id).Chunk(IdsPerStatement))
                    await MarkAsync(tx.GetDbTransaction(), ids, group.Key.State, group.Key.Attempts, group.Key.Error, group.Key.Now);
            }

            await tx.CommitAsync();
        }
        finally
        {
            await connections.ReturnAsync(db, lease);
        }
    }

    // Well below SQLite's and PostgreSQL's limits on parameters in one statement.
    private const int IdsPerStatement = 500;

    /// <summary>
    /// A plain command, the same on SQLite and PostgreSQL: this runs for every message sent, and an ExecuteUpdate
    /// over a list of ids, translated on each call, took about a tenth of the bot's CPU in the pipeline benchmark.
    /// </summary>
    private static async Task MarkAsync(DbTransaction transaction, long[] ids, OutboxState state, int attempts, string? error, DateTime now)
    {
        var names = ids.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        await using var command = transaction.CreateCommand(
            $"""UPDATE "OutboxMessages" SET "State" = @state, "Attempts" = @attempts, "LastError" = @error, "FinishedAt" = @now WHERE "Id" IN ({string.Join(", ", names)})""");
        command.AddParameter("@state", (int)state);
        command.AddParameter("@attempts", attempts);
        command.AddParameter("@error", error);
        command.AddParameter("@now", now);
        for (var i = 0; i < ids.Length; i++)
            command.AddParameter(names[i], ids[i]);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Mark(long Id, OutboxState State, int Attempts, string? Error, DateTime Now)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
