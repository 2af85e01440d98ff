namespace ClubBot.Outbox;

/// <summary>Cuts a text longer than Telegram's 4,096 characters at the last paragraph, line or word break that fits.</summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string text, int limit = TelegramLimit)
    {
        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var window = rest[..limit];
            var cut = LastBreak(window, "\n\n");
            if (cut <= 0)
                cut = LastBreak(window, "\n");
            if (cut <= 0)
                cut = LastBreak(window, " ");
            if (cut <= 0)
                cut = char.IsHighSurrogate(window[limit - 1]) ? limit - 1 : limit;
            parts.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
            parts.Add(rest.ToString());
        return parts;
    }

    private static int LastBreak(ReadOnlySpan<char> window, string separator)
    {
        var at = window.LastIndexOf(separator.AsSpan());
        return at < 0 ? -1 : at + separator.Length;
    }
}
