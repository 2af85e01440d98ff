using ClubBot.Storage;
using ClubBot.Transport;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Pipeline;

/// <summary>
/// Stage 1, intake: where every update source hands over: an update is stored in the inbox (once — a redelivered update_id is
/// recognised and dropped) and then dispatched, or left in the inbox's backlog while the pipeline is full
/// (<see cref="InboxBacklog"/>). After a crash, stored but unhandled updates are the backlog.
/// </summary>
public sealed class IntakeStage(IServiceScopeFactory scopes, DispatchStage dispatcher, InboxBacklog backlog, TimeProvider time, WriteGate gate, ILogger<IntakeStage> log)
{
    /// <summary>Waits until the pipeline holds fewer than Pipeline:MaxPending updates; returns how many more it may take.</summary>
    public Task<int> WaitForRoomAsync(CancellationToken ct) => dispatcher.WaitForRoomAsync(ct);

    /// <summary>Stores one update if it is new and dispatches it; returns how many were new (0 or 1).</summary>
    public Task<int> AcceptAsync(ReceivedUpdate update, CancellationToken ct) => AcceptAsync(new UpdateBatch([update], []), ct);

    /// <summary>
    /// Stores the updates not seen before and dispatches them; returns how many were new. Poison is stored as
    /// handled, with its raw JSON and the reason, so it is confirmed to Telegram and never tried again.
    /// </summary>
    public async Task<int> AcceptAsync(UpdateBatch batch, CancellationToken ct)
    {
        if (batch.Updates.Count == 0 && batch.Poison.Count == 0)
            return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<InboxUpdate>(batch.Updates.Count + batch.Poison.Count);
        foreach (var (u, raw) in batch.Updates)
            rows.Add(new InboxUpdate { UpdateId = u.Id, ChatId = u.ChatId, Payload = raw, ReceivedAt = now });
        foreach (var p in batch.Poison)
            rows.Add(new InboxUpdate { UpdateId = p.UpdateId, Payload = p.Raw, ReceivedAt = now, HandledAt = now, Poison = p.Error.Length > 400 ? p.Error[..400] : p.Error });

        // Telegram never repeats an update_id within a batch, but a hand-made or replayed one could.
        rows = [.. rows.DistinctBy(r => r.UpdateId)];
        HashSet<long> inserted;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            using var turn = await gate.EnterAsync(ct);
            inserted = await InboxInsert.InsertNewAsync(db, rows, ct);
        }

        var fresh = batch.Updates.Select(u => u.Update).Where(u => inserted.Remove(u.Id)).ToList();
        var poison = batch.Poison.Where(p => inserted.Remove(p.UpdateId)).ToList();
        if (fresh.Count == 0 && poison.Count == 0)
        {
            log.LogInformation("Updates {UpdateIds} were stored before; handled once", string.Join(", ", rows.Select(r => r.UpdateId)));
            return 0;
        }

        foreach (var p in poison)
            log.LogWarning("Update {UpdateId} cannot be read and is set aside: {Problem}", p.UpdateId, p.Error);
        if (fresh.Count > 0)
            await backlog.DispatchOrDeferAsync(fresh);
        return fresh.Count;
    }

    /// <summary>Resumes what was stored but not handled before the last stop; returns how many.</summary>
    public async Task<int> ResumePendingAsync(CancellationToken ct)
    {
        int pending;
        await using (var scope = scopes.CreateAsyncScope())
            pending = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<InboxUpdate>().CountAsync(u => u.HandledAt == null, ct);
        if (pending == 0)
            return 0;
        log.LogInformation("Resuming {Count} updates stored before the last stop", pending);
        await backlog.DeferStoredAsync(ct);
        return pending;
    }

    /// <summary>The highest update_id ever stored, so polling can start after it.</summary>
    public async Task<long?> LastUpdateIdAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return await db.Set<InboxUpdate>().MaxAsync(u => (long?)u.UpdateId, ct);
    }
}
