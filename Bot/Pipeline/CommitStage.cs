using System.Data.Common;
using System.Threading.Channels;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace ClubBot.Pipeline;

/// <summary>
/// Stage 4, commit: one explicit unit-of-work commit per update — its inbox mark, the hot-path rows it refreshed,
/// its outbox rows and its entity changes — and then the hand-off of its committed rows to the sender. The units
/// of several updates share one transaction (group commit). SQLite admits one writer at a time and a
/// commit costs far more than the statements inside it, so one transaction per update capped the bot at a few
/// hundred updates a second. Handlers still run side by side and read freely; only their writes are queued here.
/// Each unit runs inside its own savepoint, so a unit that fails rolls back alone and its update is tried
/// again or apologised for without touching the others. A unit's outcome, and its replies, are released only
/// once the whole transaction has committed.
/// </summary>
public sealed class CommitStage : IAsyncDisposable
{
    private const string Savepoint = "unit";

    private readonly Channel<Unit> _queue = Channel.CreateUnbounded<Unit>();
    private readonly WriteGate _gate;
    private readonly KeptConnections _connections;
    private readonly TimeProvider _time;
    private readonly PipelineOptions _options;
    private readonly ILogger<CommitStage> _log;
    private readonly IGroupCommitWitness[] _witnesses;
    private readonly Task[] _loops;

    public CommitStage(WriteGate gate, KeptConnections connections, TimeProvider time, IOptions<PipelineOptions> options, IOptions<StorageOptions> storage,
        IEnumerable<IGroupCommitWitness> witnesses, ILogger<CommitStage> log)
    {
        _witnesses = [.. witnesses];
        _gate = gate;
        _connections = connections;
        _time = time;
        _options = options.Value;
        _log = log;
        // SQLite has one writer, so one loop. PostgreSQL locks rows, not the database, and each statement is a
        // round trip: several loops, each with its own connection and batch, keep the server busy.
        var loops = storage.Value.Provider == StorageProvider.Postgres ? PostgresLoops : 1;
        _loops = [.. Enumerable.Range(0, loops).Select(_ => Task.Run(RunAsync))];
    }

    private const int PostgresLoops = 4;

    private long _batches;
    private long _units;

    /// <summary>Transactions committed so far and the units they carried: shows whether units really travel together.</summary>
    public (long Batches, long Units) Committed => (Interlocked.Read(ref _batches), Interlocked.Read(ref _units));

    /// <summary>
    /// Claims <paramref name="updateId"/> in the inbox and writes <paramref name="unit"/> (with what
    /// <paramref name="context"/> refreshed on the hot path), together with other updates' units. True once
    /// committed, when the unit's rows have gone to the sender; false when the update had already been handled
    /// (nothing of this unit is kept); throws what the unit's own writes threw, or what the commit threw.
    /// </summary>
    public Task<bool> CommitAsync(UnitOfWork unit, long updateId, UpdateContext? context = null)
    {
        var queued = new Unit(unit, context, updateId);
        if (!_queue.Writer.TryWrite(queued))
            throw new ObjectDisposedException(nameof(CommitStage));
        return queued.Done.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<Unit>(_options.CommitBatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            Take(batch);
            if (batch.Count == 0)
                continue;
            if (batch.Count < _options.CommitBatchSize && _options.CommitWaitMilliseconds > 0)
            {
                // Real time, not the injected clock: this is a wait for company, and tests hold their clock still.
                await Task.Delay(_options.CommitWaitMilliseconds);
                Take(batch);
            }

            try
            {
                await CommitBatchAsync(batch);
            }
            catch (Exception ex)
            {
                // Nothing of the batch was kept: each update is tried again or apologised for by its processor.
                foreach (var unit in batch)
                {
                    unit.Work.RolledBack();
                    unit.Done.TrySetException(ex);
                }
            }

            batch.Clear();
        }
    }

    private void Take(List<Unit> batch)
    {
        while (batch.Count < _options.CommitBatchSize && _queue.Reader.TryRead(out var unit))
            batch.Add(unit);
    }

    private async Task CommitBatchAsync(List<Unit> batch)
    {
        using var turn = await _gate.EnterAsync();
        // Units that came while this batch waited for the writer travel with it.
        Take(batch);
        var now = _time.GetUtcNow().UtcDateTime;
        // The first unit's context carries the transaction, on a kept connection; the others join it. Every context
        // was closed after its reads, so each can be pointed at the shared connection.
        var leader = batch[0].Db;
        var lease = await _connections.OpenAsync(leader);
        try
        {
            await using var transaction = await leader.Database.BeginTransactionAsync();
            var shared = transaction.GetDbTransaction();
            try
            {
                foreach (var unit in batch)
                    await WriteUnitAsync(unit, leader, shared, now);

                foreach (var witness in _witnesses)
                    await witness.WrittenAsync(batch.Count);

                await transaction.CommitAsync();
            }
            finally
            {
                // Contexts are pooled: each goes back with its own connection, not the leader's.
                foreach (var unit in batch)
                    Restore(unit);
            }
        }
        finally
        {
            await _connections.ReturnAsync(leader, lease);
        }

        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _units, batch.Count);
        foreach (var unit in batch)
        {
            if (unit.Failure is { } failure)
            {
                unit.Done.TrySetException(failure);
                continue;
            }

            if (unit.Claimed)
                unit.Work.Committed();
            unit.Done.TrySetResult(unit.Claimed);
        }
    }

    private async Task WriteUnitAsync(Unit unit, BotDbContext leader, DbTransaction shared, DateTime now)
    {
        var db = unit.Db;
        try
        {
            if (!ReferenceEquals(db, leader))
            {
                unit.ConnectionString = db.Database.GetConnectionString();
                db.Database.SetDbConnection(shared.Connection, contextOwnsConnection: false);
                await db.Database.UseTransactionAsync(shared);
            }

            // Our own savepoint per unit; EF's automatic one inside SaveChanges would only double the statements.
            db.Database.AutoSavepointsEnabled = false;
            await shared.SaveAsync(Savepoint);
        }
        catch (Exception ex)
        {
            // The unit never got going; the transaction is untouched.
            unit.Failure = ex;
            return;
        }

        try
        {
            var claimed = await InboxClaim.ClaimAsync(shared, unit.UpdateId, now);
            if (claimed == 0)
            {
                await shared.RollbackAsync(Savepoint);
                _log.LogInformation("Update {UpdateId} was already handled", unit.UpdateId);
                return;
            }

            await (unit.Context is { } context ? context.WriteAsync(shared) : unit.Work.WriteAsync(shared));
            await shared.ReleaseAsync(Savepoint);
            unit.Claimed = true;
        }
        catch (Exception ex)
        {
            unit.Failure = ex;
            unit.Work.RolledBack();
            // If even the rollback fails the transaction is broken; the commit then fails every unit, and each
            // update is tried again from the inbox.
            await shared.RollbackAsync(Savepoint);
        }
    }

    private static void Restore(Unit unit)
    {
        var database = unit.Db.Database;
        database.AutoSavepointsEnabled = true;
        if (unit.ConnectionString is not { } connectionString)
            return;
        database.UseTransaction(null);
        database.SetDbConnection(null);
        database.SetConnectionString(connectionString);
        unit.ConnectionString = null;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_loops);
    }

    private sealed class Unit(UnitOfWork work, UpdateContext? context, long updateId)
    {
        public UnitOfWork Work { get; } = work;

        public UpdateContext? Context { get; } = context;

        public BotDbContext Db => Work.Db;

        public long UpdateId { get; } = updateId;

        // Continuations run on the pool, not inside the commit loop, which must go on to the next batch.
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Claimed { get; set; }

        /// <summary>The context's own connection string while it is pointed at the leader's connection.</summary>
        public string? ConnectionString { get; set; }

        public Exception? Failure { get; set; }
    }
}
