using ClubBot.Texts;

namespace ClubBot.People;

/// <summary>How staff are told whom to call: the name and the phone as people read it.</summary>
public static class PersonContact
{
    public static string Describe(Person? person, BotTexts texts) =>
        $"{person?.Name ?? person?.TelegramName ?? texts["NameErased"]}, {PhoneText.Show(person?.Phone) ?? texts["NoPhone"]}";

    /// <summary>Whether anyone can still tell this person something: not erased, and with Telegram or a phone.</summary>
    public static bool CanBeReached(Person? person) => person is { ErasedAt: null } && (person.ChatId is not null || person.Phone is not null);

    /// <summary>
    /// For a notice that reached some people by Telegram: those of <paramref name="people"/> without it, one a line
    /// under «tell by phone», after a blank line; nothing when everyone has Telegram.
    /// </summary>
    public static string ToCall(IEnumerable<Person?> people, BotTexts texts) =>
        people.Where(p => p is { ChatId: null }).ToList() is { Count: > 0 } byPhone
            ? "\n\n" + texts["TellByPhone"] + "\n" + string.Join('\n', byPhone.Select(p => "• " + Describe(p, texts)))
            : "";
}
