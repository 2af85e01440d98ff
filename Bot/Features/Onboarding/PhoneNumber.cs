namespace ClubBot.Features.Onboarding;

/// <summary>Russian phone numbers as people type them, brought to one form: +7 and ten digits.</summary>
public static class PhoneNumber
{
    /// <summary>
    /// Accepts 8 (914) 123-45-67, +7 914 1234567, 89141234567, 7 914 123 45 67 and the like; spaces, brackets,
    /// hyphens and dots are ignored. Anything else is refused.
    /// </summary>
    public static bool TryNormalize(string? typed, out string phone)
    {
        phone = "";
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 30)
            return false;
        var trimmed = typed.Trim();
        var plus = trimmed.StartsWith('+');
        var digits = new List<char>();
        foreach (var c in plus ? trimmed[1..] : trimmed)
        {
            if (char.IsAsciiDigit(c))
                digits.Add(c);
            else if (c is not (' ' or '(' or ')' or '-' or '.'))
                return false;
        }

        if (digits.Count != 11)
            return false;
        var first = digits[0];
        if ((plus && first != '7') || (!plus && first is not ('7' or '8')))
            return false;
        phone = "+7" + new string(digits.Skip(1).ToArray());
        return true;
    }

    /// <summary>
    /// A number from Telegram's «share contact», which comes as digits with or without '+'. Russian numbers take
    /// the usual form; others are kept as '+' and their digits.
    /// </summary>
    public static bool TryFromContact(string? shared, out string phone)
    {
        phone = "";
        var digits = new string((shared ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is < 10 or > 15)
            return false;
        if (digits.Length == 11 && digits[0] == '8')
            digits = "7" + digits[1..];
        phone = "+" + digits;
        return true;
    }
}
