using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClubBot.Hosting.Health;
using ClubBot.Pipeline;

namespace ClubBot.Transport.Webhook;

public static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>
    /// POST {path of Telegram:WebhookUrl}: a request without the right secret gets 401 and changes nothing;
    /// a good one is answered 200 only after the update is stored, so Telegram retries anything we lost.
    /// </summary>
    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        // Read unvalidated: the start-up check reports bad settings, one line each, before anything listens.
        var options = app.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (options.Mode != TelegramMode.Webhook || !Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || options.WebhookSecret is null)
            return app;
        var path = url.AbsolutePath;
        var secret = Encoding.UTF8.GetBytes(options.WebhookSecret!);
        app.MapPost(path, async (HttpRequest request, IntakeStage intake, UpdateSourceHeartbeat heartbeat, CancellationToken ct) =>
        {
            var given = Encoding.UTF8.GetBytes(request.Headers[SecretHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, secret))
                return Results.Unauthorized();
            using var bytes = new MemoryStream();
            await request.Body.CopyToAsync(bytes, ct);
            // JSON is UTF-8; bytes that are not would fail later, where the update is kept, as an unhandled error.
            if (!System.Text.Unicode.Utf8.IsValid(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)))
                return Results.BadRequest();
            JsonDocument body;
            try
            {
                body = JsonDocument.Parse(bytes.GetBuffer().AsMemory(0, (int)bytes.Length));
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }

            using (body)
            {
                // An update we cannot read is still Telegram's: refusing it would only make Telegram send it
                // again and again, holding up everyone behind it. It is kept as poison and confirmed.
                var (update, poison) = UpdateReader.Read(body.RootElement);
                if (update is not null)
                    await intake.AcceptAsync(update, ct);
                else if (poison is not null)
                    await intake.AcceptAsync(new UpdateBatch([], [poison]), ct);
                else
                    return Results.BadRequest();
            }

            heartbeat.Beat();
            return Results.Ok();
        });
        return app;
    }
}
