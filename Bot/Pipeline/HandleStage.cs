using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Texts;
using ClubBot.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace ClubBot.Pipeline;

/// <summary>
/// Stage 3, handle: one update in a fresh scope. Named steps in order: a shared chat goes to <see cref="SharedChats"/>;
/// in a private chat the sender is known (<see cref="SenderOnRecord"/>), the handler runs, and the update's unit of
/// work goes to the commit stage (<see cref="CommitStage"/>). Everything the handler changed, the replies it queued
/// and the inbox mark commit in one transaction, so an update's effects happen once: a crash before the commit
/// handles it again from the inbox, a crash after it finds the mark and sends what the outbox holds. A handler that
/// took a lock (<see cref="UpdateContext.LockAsync"/>: the writer's turn and a transaction of its own) commits alone.
/// </summary>
public sealed class HandleStage(
    IServiceScopeFactory scopes,
    BotApi api,
    BotTexts texts,
    TimeProvider time,
    WriteGate gate,
    CommitStage commit,
    SharedChats sharedChats,
    KeptConnections connections,
    ILogger<HandleStage> log)
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
        var unit = sp.GetRequiredService<UnitOfWork>();
        var now = time.GetUtcNow().UtcDateTime;
        if (update.ChatId is not { } chatId)
        {
            await commit.CommitAsync(unit, update.Id);
            return null;
        }

        if (!update.IsPrivate)
        {
            await sharedChats.HandleAsync(update, chatId, unit.Db, sp.GetRequiredService<OutboxWriter>(), now, CancellationToken.None);
            await commit.CommitAsync(unit, update.Id);
            return null;
        }

        var context = new UpdateContext(update, chatId, unit, sp.GetRequiredService<OutboxWriter>(), now);
        context.UseGate(gate);
        // One connection for all of the update's reads: taking a pooled connection and giving it back around each
        // query cost about as much CPU as the queries themselves.
        var lease = await connections.OpenAsync(unit.Db);
        var leased = true;
        try
        {
            (context.Person, context.PersonTouch) = await SenderOnRecord.KnowAsync(update, chatId, unit.Db, unit.Db.Database.GetDbConnection(), now, CancellationToken.None);
            if (update.MyChatMember is null)
                await sp.GetRequiredService<IUpdateHandler>().HandleAsync(context, CancellationToken.None);
            if (context.HoldsLock)
                return await CommitLockedAsync(context) ? context.CallbackAnswer : null;

            // The commit stage may point this context at another unit's connection, so its own must be closed.
            leased = false;
            await connections.ReturnAsync(unit.Db, lease);
            return await commit.CommitAsync(unit, update.Id, context) ? context.CallbackAnswer : null;
        }
        finally
        {
            if (leased)
                await connections.ReturnAsync(unit.Db, lease);
            context.ReleaseLock();
        }
    }

    private async Task<bool> ApologiseAsync(Update update)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var unit = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
            if (update.ChatId is { } chatId && update.MyChatMember is null && update.IsPrivate)
                scope.ServiceProvider.GetRequiredService<OutboxWriter>().SendText(chatId, texts.WithPhone("Apology"));
            using var turn = await gate.EnterAsync();
            await using var tx = await unit.Db.Database.BeginTransactionAsync();
            if (await ClaimAsync(tx.GetDbTransaction(), update.Id))
            {
                await unit.WriteAsync(tx.GetDbTransaction());
                await tx.CommitAsync();
                unit.Committed();
            }

            return true;
        }
        catch (Exception ex)
        {
            // Left unhandled in the inbox; the next start tries it again.
            log.LogError(ex, "Update {UpdateId}: could not record the failure", update.Id);
            return false;
        }
    }

    /// <summary>
    /// Commits an update whose handler took a lock: its transaction is already open and the writer's turn held, so
    /// it cannot wait for a group. False when another run already handled the update.
    /// </summary>
    private async Task<bool> CommitLockedAsync(UpdateContext context)
    {
        var tx = context.Db.Database.CurrentTransaction!;
        if (!await ClaimAsync(tx.GetDbTransaction(), context.Update.Id))
        {
            await tx.RollbackAsync();
            return false;
        }

        await context.WriteAsync(tx.GetDbTransaction());
        await tx.CommitAsync();
        context.Unit.Committed();
        return true;
    }

    private async Task<bool> ClaimAsync(System.Data.Common.DbTransaction transaction, long updateId)
    {
        if (await InboxClaim.ClaimAsync(transaction, updateId, time.GetUtcNow().UtcDateTime) > 0)
            return true;
        log.LogInformation("Update {UpdateId} was already handled", updateId);
        return false;
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
