namespace ClubBot.People;

/// <summary>A stored phone number as people read and dial it: «+7 914 123-45-67».</summary>
public static class PhoneText
{
    /// <summary>Russian numbers (+7 and ten digits) grouped; any other number as stored; null stays null.</summary>
    public static string? Show(string? phone) =>
        phone is { Length: 12 } p && p.StartsWith("+7", StringComparison.Ordinal) && p[1..].All(char.IsAsciiDigit)
            ? $"+7 {p[2..5]} {p[5..8]}-{p[8..10]}-{p[10..12]}"
            : phone;
}
