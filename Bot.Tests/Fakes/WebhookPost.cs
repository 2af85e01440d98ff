using System.Net;
using System.Text;
using ClubBot.Transport.Webhook;

namespace ClubBot.Tests.Fakes;

/// <summary>Posts to a bot's webhook the way Telegram does: JSON body, secret in the header.</summary>
public static class WebhookPost
{
    public const string Path = "/telegram/hook";

    public static Task<HttpStatusCode> SendAsync(string botUrl, string json, string? secret) =>
        SendAsync(botUrl, new StringContent(json, Encoding.UTF8, "application/json"), secret);

    /// <summary>A body of raw bytes, which need not be valid UTF-8.</summary>
    public static Task<HttpStatusCode> SendAsync(string botUrl, byte[] body, string? secret) =>
        SendAsync(botUrl, new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } }, secret);

    private static async Task<HttpStatusCode> SendAsync(string botUrl, HttpContent content, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{botUrl.TrimEnd('/')}{Path}") { Content = content };
        if (secret is not null)
            request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
