using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Texts;
using ClubBot.Transport;
using Microsoft.EntityFrameworkCore.Storage;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace ClubBot.Pipeline;

/// <summary>
/// Handles one update in a fresh scope. Everything the handler changed, the replies it queued and the inbox
/// mark commit in one transaction, so an update's effects happen once: a crash before the commit handles it
/// again from the inbox, a crash after it finds the mark and sends what the outbox holds. Usually that
/// transaction is shared with other updates' units (<see cref="GroupCommit"/>); an update whose handler
/// already holds a transaction of its own (a locked decision, a flush for generated ids) commits it alone.
/// </summary>
public sealed class UpdateProcessor(
    IServiceScopeFactory scopes,
    BotApi api,
    BotTexts texts,
    TimeProvider time,
    WriteGate gate,
    GroupCommit group,
    KeptConnections connections,
    ILogger<UpdateProcessor> log)
{
    /// <summary>Attempts at an update whose unit of work failed with a transient database error, before apologising.</summary>
    internal const int MaxAttempts = 4;

    /// <summary>Handles the update; false only when it could be neither handled nor apologised for.</summary>
    public async Task<bool> ProcessAsync(Update update)
    {
        string? callbackAnswer = null;
        var recorded = true;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    callbackAnswer = await HandleAsync(update);
                    break;
                }
                catch (Exception ex) when (attempt < MaxAttempts && TransientFailure.Is(ex))
                {
                    // Nothing of a failed attempt was committed, so running the update again from the start is safe.
                    // The wait lets another writer finish: machine time, not the injected clock, which tests hold still.
                    var wait = TimeSpan.FromMilliseconds(50 * attempt * attempt);
                    log.LogWarning("Update {UpdateId}: the database was busy ({Error}); trying again in {Ms} ms", update.Id, ex.Message, wait.TotalMilliseconds);
                    await Task.Delay(wait, TimeProvider.System);
                }
            }
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Update {UpdateId} failed", update.Id);
            recorded = await ApologiseAsync(update);
        }
        finally
        {
            if (update.CallbackQuery is { } query)
                await AnswerCallbackAsync(query, callbackAnswer);
        }

        return recorded;
    }

    private async Task<string?> HandleAsync(Update update)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<BotDbContext>();
        if (update.ChatId is not { } chatId)
        {
            await group.CommitAsync(db, update.Id);
            return null;
        }

        if (!update.IsPrivate)
        {
            await sp.GetRequiredService<SharedChats>().HandleAsync(update, chatId, db, sp.GetRequiredService<OutboxWriter>(), time.GetUtcNow().UtcDateTime, CancellationToken.None);
            await group.CommitAsync(db, update.Id);
            return null;
        }

        var context = new UpdateContext(update, chatId, db, sp.GetRequiredService<OutboxWriter>(), time.GetUtcNow().UtcDateTime);
        context.UseGate(gate);
        // One connection for all of the update's reads: taking a pooled connection and giving it back around each
        // query cost about as much CPU as the queries themselves.
        var lease = await connections.OpenAsync(db);
        var leased = true;
        try
        {
            context.Person = await PersonTracker.TouchAsync(context, CancellationToken.None);
            if (update.MyChatMember is null)
                await sp.GetRequiredService<IUpdateHandler>().HandleAsync(context, CancellationToken.None);
            if (context.HoldsLock)
                return await CommitAloneAsync(db, update.Id, holdsLock: true) ? context.CallbackAnswer : null;

            // The group commit may point this context at another unit's connection, so its own must be closed.
            leased = false;
            await connections.ReturnAsync(db, lease);
            return await group.CommitAsync(db, update.Id) ? context.CallbackAnswer : null;
        }
        finally
        {
            if (leased)
                await connections.ReturnAsync(db, lease);
            context.ReleaseLock();
        }
    }

    private async Task<bool> ApologiseAsync(Update update)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            if (update.ChatId is { } chatId && update.MyChatMember is null && update.IsPrivate)
                scope.ServiceProvider.GetRequiredService<OutboxWriter>().SendText(chatId, texts.WithPhone("Apology"));
            await CommitAloneAsync(db, update.Id, holdsLock: false);
            return true;
        }
        catch (Exception ex)
        {
            // Left unhandled in the inbox; the next start tries it again.
            log.LogError(ex, "Update {UpdateId}: could not record the failure", update.Id);
            return false;
        }
    }

    /// <summary>Claims the update and saves the unit of work; false when another run already handled it.</summary>
    private async Task<bool> CommitAloneAsync(BotDbContext db, long updateId, bool holdsLock)
    {
        var now = time.GetUtcNow().UtcDateTime;
        using var turn = holdsLock ? default : await gate.EnterAsync();
        await using var tx = db.Database.CurrentTransaction ?? await db.Database.BeginTransactionAsync();
        var claimed = await InboxClaim.ClaimAsync(tx.GetDbTransaction(), updateId, now);
        if (claimed == 0)
        {
            await tx.RollbackAsync();
            log.LogInformation("Update {UpdateId} was already handled", updateId);
            return false;
        }

        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return true;
    }

    private async Task AnswerCallbackAsync(CallbackQuery query, string? text)
    {
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await api.CallAsync(new AnswerCallbackQueryRequest { CallbackQueryId = query.Id, Text = text }, quick.Token);
        }
        catch (Exception ex) when (ex is RequestException or TimeoutException or OperationCanceledException)
        {
            // An unanswered button only spins a little longer on the phone; nothing else depends on it.
            log.LogWarning("answerCallbackQuery for update failed: {Error}", ex.Message);
        }
    }
}
