using System.Text;
using System.Text.Json;
using Telegram.Bot.Requests;

namespace ClubBot.Outbox;

/// <summary>
/// A stored row sent as it was written. Its answer is read as bare JSON: the row is sent once Telegram says ok,
/// whatever else the answer holds, so a message that was delivered is never sent again for want of a field.
/// </summary>
internal sealed class OutboxRowRequest(string method, string payload) : RequestBase<JsonElement>(method)
{
    /// <summary>The row's parameters, sent as they are.</summary>
    public string Payload { get; } = payload;

    public override HttpContent ToHttpContent() => new StringContent(Payload, Encoding.UTF8, "application/json");
}
