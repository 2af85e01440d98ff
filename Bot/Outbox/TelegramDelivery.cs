using System.Net;
using System.Text.Json;
using ClubBot.Transport;
using Telegram.Bot.Exceptions;

namespace ClubBot.Outbox;

/// <summary>Makes the Bot API call an outbox row describes and sorts the answer into a <see cref="DeliveryOutcome"/>.</summary>
public sealed class TelegramDelivery(BotApi api)
{
    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            if (message.Method == "sendDocument")
                await api.CallAsync(DocumentPayload.Read(message.Payload), ct);
            else if (message.Method == "sendPhoto" && DocumentPayload.IsUpload(message.Payload))
                await api.CallAsync(DocumentPayload.ReadPhoto(message.Payload), ct);
            else
                await api.CallAsync(new OutboxRowRequest(message.Method, message.Payload), ct);
            return new DeliveryOutcome(DeliveryResult.Sent);
        }
        catch (RequestException ex)
        {
            return Classify(ex);
        }
        catch (TimeoutException ex)
        {
            return new DeliveryOutcome(DeliveryResult.Transient, Error: ex.Message);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException)
        {
            // The row itself is broken; no retry can mend it.
            return new DeliveryOutcome(DeliveryResult.Rejected, Error: $"unreadable row: {ex.Message}");
        }
    }

    internal static DeliveryOutcome Classify(RequestException ex) => ex switch
    {
        ApiRequestException api => ByCode(api.ErrorCode, api.Parameters?.RetryAfter, api.Message),
        // Telegram said 200 but the answer could not be read: the call was made, and repeating it would repeat the message.
        { HttpStatusCode: HttpStatusCode.OK } => new DeliveryOutcome(DeliveryResult.Sent, Error: ex.Message),
        // Something between us and Telegram answered instead of it (a gateway page): its status still tells what happened.
        { HttpStatusCode: { } status } => ByCode((int)status, null, ex.Message),
        _ => new DeliveryOutcome(DeliveryResult.Transient, Error: ex.Message),
    };

    private static DeliveryOutcome ByCode(int code, int? retryAfter, string error) => code switch
    {
        429 => new DeliveryOutcome(DeliveryResult.TooManyRequests, TimeSpan.FromSeconds(Math.Max(1, retryAfter ?? 1)), error),
        403 => new DeliveryOutcome(DeliveryResult.Unreachable, Error: error),
        // 401 and 404 mean a wrong token or API address: nothing is wrong with the message, so keep it.
        >= 500 or 401 or 404 => new DeliveryOutcome(DeliveryResult.Transient, Error: error),
        _ => new DeliveryOutcome(DeliveryResult.Rejected, Error: error),
    };
}
