using ClubBot.Pipeline;
using Microsoft.Extensions.Options;
using Telegram.Bot.Requests;

namespace ClubBot.Transport.Webhook;

/// <summary>In webhook mode: handles what was stored before the last stop, then tells Telegram where to post.</summary>
internal sealed class WebhookRegistration(
    BotApi api,
    IntakeStage intake,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<WebhookRegistration> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var backoff = new Backoff(TimeSpan.FromMinutes(1));
        var o = options.Value;
        var steps = new (string What, Func<Task> Call)[]
        {
            ("resume stored updates", () => intake.ResumePendingAsync(ct)),
            ("setWebhook", () => api.CallAsync(new SetWebhookRequest { Url = o.WebhookUrl!, SecretToken = o.WebhookSecret, AllowedUpdates = AllowedUpdates.All }, ct)),
        };
        foreach (var (what, call) in steps)
        {
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    await call();
                    backoff.Reset();
                    break;
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    var wait = backoff.Next();
                    log.LogWarning("{What} failed: {Error}; retrying in {Seconds:F1} s", what, ex.Message, wait.TotalSeconds);
                    await Task.Delay(wait, time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }

        log.LogInformation("Webhook registered; waiting for Telegram's posts");
    }
}
