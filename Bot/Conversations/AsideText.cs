namespace ClubBot.Conversations;

/// <summary>Tells a sentence meant for a person from a wrong answer to a step, in Russian or English.</summary>
public static class AsideText
{
    private static readonly string[] QuestionWords =
        ["как", "когда", "где", "куда", "откуда", "можно", "почему", "зачем", "сколько", "что", "кто", "какой", "какая", "какие", "подскажите", "скажите", "помогите",
            "how", "when", "where", "why", "what", "who", "which", "can", "could", "is", "are", "do", "does", "please"];

    private static readonly string[] Greetings =
        ["здравствуйте", "здравствуй", "привет", "добрый день", "добрый вечер", "доброе утро", "доброго дня", "доброго утра", "доброго вечера", "добрый", "приветствую", "hello", "hi", "good morning", "good afternoon", "good evening", "good day"];

    /// <summary>A hello with nothing after it but a name, a comma or an exclamation mark; never a question.</summary>
    public static bool LooksLikeGreeting(string text)
    {
        if (text.Contains('?'))
            return false;
        var words = text.ToLowerInvariant().Split([' ', ',', '.', '!', ')', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && Greetings.Any(g => string.Join(' ', words).StartsWith(g, StringComparison.Ordinal));
    }

    /// <summary>
    /// A question mark says it plainly. Where the step wants a button, a few words or an opening question word
    /// say it too; where the step wants typing, anything but a question mark is a wrong answer, not an aside.
    /// </summary>
    public static bool LooksLikeQuestion(string text, bool typingExpected)
    {
        if (text.Length is < 6 or > 2000 || !text.Any(char.IsLetter) || text.StartsWith('/'))
            return false;
        if (text.Contains('?'))
            return true;
        if (typingExpected)
            return false;
        var words = text.Split([' ', ',', '.', '!', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 || (words.Length >= 2 && QuestionWords.Contains(words[0].ToLowerInvariant()));
    }
}
