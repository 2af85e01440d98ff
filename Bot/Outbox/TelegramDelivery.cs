using System.Text.Json;
using ClubBot.Telegram;
using ClubBot.Telegram.Types;

namespace ClubBot.Outbox;

/// <summary>Makes the Bot API call an outbox row describes and sorts the answer into a <see cref="DeliveryOutcome"/>.</summary>
public sealed class TelegramDelivery(TelegramClient client)
{
    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            if (message.Method == "sendDocument")
            {
                var doc = JsonSerializer.Deserialize<DocumentPayload>(message.Payload, TelegramJson.Options)!;
                var file = new InputFile(doc.FileName, Convert.FromBase64String(doc.ContentBase64), doc.ContentType);
                await client.SendDocumentAsync(doc.ChatId, file, doc.Caption, ct);
            }
            else
            {
                await client.CallRawAsync(message.Method, message.Payload, ct);
            }

            return new DeliveryOutcome(DeliveryResult.Sent);
        }
        catch (TelegramApiException ex)
        {
            return Classify(ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
        {
            return new DeliveryOutcome(DeliveryResult.Transient, Error: ex.Message);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException)
        {
            // The row itself is broken; no retry can mend it.
            return new DeliveryOutcome(DeliveryResult.Rejected, Error: $"unreadable row: {ex.Message}");
        }
    }

    internal static DeliveryOutcome Classify(TelegramApiException ex) => ex.ErrorCode switch
    {
        429 => new DeliveryOutcome(DeliveryResult.TooManyRequests, TimeSpan.FromSeconds(Math.Max(1, ex.RetryAfter ?? 1)), ex.Description),
        403 => new DeliveryOutcome(DeliveryResult.Unreachable, Error: ex.Description),
        // 401 and 404 mean a wrong token or API address: nothing is wrong with the message, so keep it.
        >= 500 or 401 or 404 => new DeliveryOutcome(DeliveryResult.Transient, Error: ex.Description),
        _ => new DeliveryOutcome(DeliveryResult.Rejected, Error: ex.Description),
    };
}
