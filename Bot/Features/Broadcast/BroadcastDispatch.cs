using ClubBot.Outbox;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Broadcast;

/// <summary>
/// Due work: queues broadcasts held over the night once it is over, and tells each author how their broadcast went
/// once none of its messages is pending: delivered, not delivered (blocked or deleted), and whom to call.
/// </summary>
public sealed class BroadcastDispatch(IServiceScopeFactory scopes, WriteGate gate, BroadcastSending sending, BotTexts texts) : IDueWork
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        var done = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var unit = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        foreach (var held in await db.Set<BroadcastMessage>().Where(b => b.State == BroadcastState.Held && b.NotBefore <= nowUtc).ToListAsync(ct))
        {
            using var turn = await gate.EnterAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await sending.QueueAsync(db, outbox, held, nowUtc, () => unit.FlushAsync(ct));
            await unit.CommitAsync(ct);
            done++;
        }

        foreach (var broadcast in await db.Set<BroadcastMessage>().Where(b => b.State == BroadcastState.Sending).ToListAsync(ct))
        {
            var states = await db.Set<BroadcastRecipient>().Where(r => r.BroadcastId == broadcast.Id)
                .Select(r => db.Set<OutboxMessage>().Where(m => m.Id == r.OutboxMessageId).Select(m => (OutboxState?)m.State).FirstOrDefault())
                .ToListAsync(ct);
            if (states.Any(s => s == OutboxState.Pending))
                continue;
            var delivered = states.Count(s => s == OutboxState.Sent);
            var text = texts.Format("BroadcastReport", Short(broadcast.Text), broadcast.AudienceText, delivered, states.Count - delivered);
            if (broadcast.CallList is { } calls)
                text += "\n\n" + texts["BroadcastCallList"] + "\n" + calls;
            outbox.SendText(broadcast.AuthorChatId, text, priority: OutboxPriority.Bulk);
            broadcast.State = BroadcastState.Done;
            broadcast.ReportedAt = nowUtc;
            await unit.CommitAsync(ct);
            done++;
        }

        return done;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
