using System.Net;
using System.Text;
using ClubBot.Telegram.Webhook;

namespace ClubBot.Tests.Fakes;

/// <summary>Posts to a bot's webhook the way Telegram does: JSON body, secret in the header.</summary>
public static class WebhookPost
{
    public const string Path = "/telegram/hook";

    public static async Task<HttpStatusCode> SendAsync(string botUrl, string json, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{botUrl.TrimEnd('/')}{Path}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
            request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
