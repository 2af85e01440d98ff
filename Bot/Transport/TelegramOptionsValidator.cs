using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ClubBot.Transport;

/// <summary>Refuses to start with a token, URL or secret that cannot work; each message names its key.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions o)
    {
        var errors = new List<string>();
        if (o.Mode != TelegramMode.Console)
        {
            if (string.IsNullOrWhiteSpace(o.Token))
                errors.Add("Telegram:Token is required (the token from @BotFather; set it with the environment variable Telegram__Token).");
            else if (!TokenShape().IsMatch(o.Token))
                errors.Add("Telegram:Token does not look like a bot token (expected digits, a colon and at least 30 letters, digits, '-' or '_').");
        }

        if (!IsHttpUrl(o.ApiBaseUrl))
            errors.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL, not '{o.ApiBaseUrl}'.");
        else if (new Uri(o.ApiBaseUrl) is { AbsolutePath: not "/" } or { Query.Length: > 0 })
            // The client keeps only scheme, host and port: a path would be dropped without a word.
            errors.Add($"Telegram:ApiBaseUrl must have no path or query (e.g. 'http://localhost:8081'), not '{o.ApiBaseUrl}'.");

        if (o.Mode == TelegramMode.Webhook)
        {
            if (!Uri.TryCreate(o.WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != Uri.UriSchemeHttps)
                errors.Add($"Telegram:WebhookUrl must be an absolute https URL in webhook mode, not '{o.WebhookUrl}'.");
            if (string.IsNullOrEmpty(o.WebhookSecret) || !SecretShape().IsMatch(o.WebhookSecret))
                errors.Add("Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, '_' and '-'.");
        }

        if (o.PollingTimeoutSeconds is < 0 or > 50)
            errors.Add("Telegram:PollingTimeoutSeconds must be between 0 and 50.");
        if (o.RequestTimeoutSeconds is < 1 or > 600)
            errors.Add("Telegram:RequestTimeoutSeconds must be between 1 and 600.");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^\d{3,}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
