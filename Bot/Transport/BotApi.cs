using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types.Enums;

namespace ClubBot.Transport;

/// <summary>
/// Every Bot API call goes through here, carried by the library's <see cref="ITelegramBotClient"/> (which retries
/// nothing: <c>RetryThreshold = 0</c>). What stays ours is the deadline of each call and the shape of a failure:
/// Telegram's refusal is the library's <see cref="ApiRequestException"/>, an answer that is not the Bot API's (a
/// gateway's page, a dropped connection) its <see cref="RequestException"/> with the HTTP status if there was
/// one, no answer in time a <see cref="TimeoutException"/>, and the caller's cancellation stays a cancellation.
/// </summary>
public sealed class BotApi(ITelegramBotClient client, IOptions<TelegramOptions> options)
{
    private readonly TelegramOptions _options = options.Value;

    /// <summary>One call with the configured deadline, or <paramref name="timeout"/> for a long poll.</summary>
    public async Task<T> CallAsync<T>(IRequest<T> request, CancellationToken ct, TimeSpan? timeout = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout ?? TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
        try
        {
            return await client.SendRequest(request, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{request.MethodName} got no answer in time.");
        }
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            // The inner exception may name the request URI, which holds the token: keep only what cannot.
            var message = $"{request.MethodName}: {Describe(ex)}";
            throw ex.HttpStatusCode is { } status ? new RequestException(message, status) : new RequestException(message);
        }
    }

    /// <summary>The next updates; each is read on its own, and one that cannot be read comes back as poison.</summary>
    public async Task<UpdateBatch> GetUpdatesAsync(long offset, int timeoutSeconds, int limit, CancellationToken ct) =>
        UpdateReader.ReadBatch(await CallAsync(
            new RawGetUpdatesRequest { Offset = offset, Limit = limit, Timeout = timeoutSeconds, AllowedUpdates = AllowedUpdates.All },
            ct, TimeSpan.FromSeconds(timeoutSeconds + _options.RequestTimeoutSeconds)));

    private static string Describe(RequestException ex) => ex.InnerException switch
    {
        HttpRequestException http => $"no answer from the Bot API ({http.HttpRequestError})",
        JsonException => $"HTTP {(int?)ex.HttpStatusCode} without a Bot API answer",
        null => ex.HttpStatusCode is { } status and not HttpStatusCode.OK ? $"HTTP {(int)status} without a Bot API answer" : ex.Message,
        { } other => other.GetType().Name,
    };
}

/// <summary>getUpdates whose updates are left as JSON, so <see cref="UpdateReader"/> reads each on its own.</summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public long Offset { get; init; }

    public int Limit { get; init; }

    public int Timeout { get; init; }

    public IReadOnlyList<UpdateType> AllowedUpdates { get; init; } = [];
}
