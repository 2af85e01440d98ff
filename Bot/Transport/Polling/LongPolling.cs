using ClubBot.Hosting.Health;
using ClubBot.Pipeline;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace ClubBot.Transport.Polling;

/// <summary>
/// Asks Telegram for updates with a long poll. An update is confirmed to Telegram (the offset moves past it)
/// only once it is stored in the inbox; from there it is handled even if the process dies a moment later.
/// </summary>
internal sealed class LongPolling(
    BotApi api,
    IntakeStage intake,
    IOptions<TelegramOptions> options,
    UpdateSourceHeartbeat heartbeat,
    TimeProvider time,
    ILogger<LongPolling> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(30));
        await RetryUntilDoneAsync(() => api.CallAsync(new DeleteWebhookRequest { DropPendingUpdates = false }, ct), "deleteWebhook", backoff, ct);
        await RetryUntilDoneAsync(() => intake.ResumePendingAsync(ct), "resume stored updates", backoff, ct);
        var offset = (await intake.LastUpdateIdAsync(ct) ?? -1) + 1;
        log.LogInformation("Polling Telegram for updates");

        while (!ct.IsCancellationRequested)
        {
            try
            {
                // Backpressure: ask only for what the pipeline may hold; the rest waits at Telegram, unconfirmed.
                var room = await intake.WaitForRoomAsync(ct);
                var batch = await api.GetUpdatesAsync(offset, options.Value.PollingTimeoutSeconds, Math.Min(100, room), ct);
                heartbeat.Beat();
                if (batch.NextOffset is { } next)
                {
                    await intake.AcceptAsync(batch, ct);
                    offset = next;
                }

                backoff.Reset();
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var wait = backoff.Next();
                if (ex is ApiRequestException { ErrorCode: 401 or 404 })
                    log.LogCritical("Telegram refused the bot token (Telegram:Token): {Error}; retrying in {Seconds:F0} s", ex.Message, wait.TotalSeconds);
                else
                    log.LogWarning("getUpdates failed: {Error}; retrying in {Seconds:F1} s", ex.Message, wait.TotalSeconds);
                await Task.Delay(wait, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RetryUntilDoneAsync<T>(Func<Task<T>> call, string what, Backoff backoff, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await call();
                backoff.Reset();
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                var wait = backoff.Next();
                log.LogWarning("{What} failed: {Error}; retrying in {Seconds:F1} s", what, ex.Message, wait.TotalSeconds);
                await Task.Delay(wait, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
