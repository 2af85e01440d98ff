using System.Text.Json;
using ClubBot.Storage;
using ClubBot.Transport;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types;

namespace ClubBot.Pipeline;

/// <summary>
/// Keeps the pipeline's memory bounded when updates arrive faster than they are handled and the source cannot
/// be asked to wait (a webhook: a 429 or 503 there only makes Telegram retry), and after a restart with many
/// stored updates. Such updates stay in the inbox and are read from it, in update order, as room frees. While
/// a backlog exists, new arrivals join it rather than overtake it, so one chat's updates keep their order.
/// </summary>
public sealed class InboxBacklog(IServiceScopeFactory scopes, DispatchStage dispatcher, IHostApplicationLifetime lifetime, ILogger<InboxBacklog> log)
{
    // One caller at a time decides whether updates go to memory now or join the backlog.
    private readonly SemaphoreSlim _decide = new(1, 1);
    private bool _active;
    private bool _pumping;

    /// <summary>Dispatches freshly stored updates if they fit and nothing is waiting before them; else they wait.</summary>
    public async Task DispatchOrDeferAsync(IReadOnlyList<Update> stored)
    {
        await _decide.WaitAsync();
        try
        {
            if (!_active && dispatcher.Room >= stored.Count)
            {
                foreach (var update in stored)
                    dispatcher.Dispatch(update);
                return;
            }

            Begin();
        }
        finally
        {
            _decide.Release();
        }
    }

    /// <summary>Treats everything stored and unhandled as the backlog (at start).</summary>
    public async Task DeferStoredAsync(CancellationToken ct)
    {
        await _decide.WaitAsync(ct);
        try
        {
            Begin();
        }
        finally
        {
            _decide.Release();
        }
    }

    private void Begin()
    {
        _active = true;
        if (_pumping)
            return;
        _pumping = true;
        _ = Task.Run(PumpAsync);
    }

    private async Task PumpAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var room = await dispatcher.WaitForRoomAsync(stopping);
                await _decide.WaitAsync(stopping);
                try
                {
                    if (await DispatchStoredAsync(room, stopping))
                    {
                        _active = false;
                        _pumping = false;
                        return;
                    }
                }
                finally
                {
                    _decide.Release();
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // What is left stays in the inbox; the next start resumes it.
            }
            catch (Exception ex)
            {
                // The backlog must not stall for good on a passing database error; machine time, as for retries.
                log.LogWarning("Reading stored updates failed: {Error}; trying again in 1 s", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Dispatches up to <paramref name="room"/> stored updates not yet in memory; true when none are left.</summary>
    private async Task<bool> DispatchStoredAsync(int room, CancellationToken ct)
    {
        // Taken before reading: an update that finishes meanwhile is either still in this set or already marked
        // handled in the inbox, so it is never dispatched twice.
        var held = dispatcher.Held();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var waiting = await db.Set<InboxUpdate>().Where(u => u.HandledAt == null).OrderBy(u => u.UpdateId)
            .Select(u => u.UpdateId).Take(room + held.Count).ToListAsync(ct);
        var stored = waiting.Where(id => !held.Contains(id)).ToList();
        var next = stored.Take(room).ToList();
        var payloads = await db.Set<InboxUpdate>().Where(u => next.Contains(u.UpdateId)).OrderBy(u => u.UpdateId)
            .Select(u => u.Payload).ToListAsync(ct);
        foreach (var payload in payloads)
            dispatcher.Dispatch(JsonSerializer.Deserialize<Update>(payload, BotJson.StrictRead)!);
        // All unhandled rows were read (fewer than asked for), and every one not in memory was dispatched.
        return waiting.Count < room + held.Count && stored.Count <= room;
    }
}
