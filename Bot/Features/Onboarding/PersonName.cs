using System.Text.RegularExpressions;

namespace ClubBot.Features.Onboarding;

/// <summary>The rules for a name and a place typed by hand.</summary>
public static partial class PersonName
{
    /// <summary>2–100 characters of letters, spaces and hyphens, at least two letters; spaces are tidied.</summary>
    public static bool TryClean(string? typed, out string name) => TryMatch(typed, NameShape(), out name);

    /// <summary>A settlement not on the list: letters first, then letters, digits and a little punctuation.</summary>
    public static bool TryCleanPlace(string? typed, out string place) => TryMatch(typed, PlaceShape(), out place);

    private static bool TryMatch(string? typed, Regex shape, out string cleaned)
    {
        cleaned = string.Join(' ', (typed ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return cleaned.Length is >= 2 and <= 100 && shape.IsMatch(cleaned) && cleaned.Count(char.IsLetter) >= 2;
    }

    [GeneratedRegex(@"^\p{L}[\p{L} \-]*$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"^\p{L}[\p{L}\d .,\-()«»""]*$")]
    private static partial Regex PlaceShape();
}
