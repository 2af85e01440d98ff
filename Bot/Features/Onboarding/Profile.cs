using ClubBot.People;
using ClubBot.Texts;

namespace ClubBot.Features.Onboarding;

/// <summary>How a profile reads on screen; the privacy view and the summary both use it.</summary>
public static class Profile
{
    public static string Describe(BotTexts texts, string? name, string? phone, string? settlement, PersonCategory? category, IReadOnlyList<string> interests) =>
        texts.Format("ProfileLines",
            name ?? texts["NotGiven"],
            PhoneText.Show(phone) ?? texts["NotGiven"],
            settlement ?? texts["NotGiven"],
            category is { } c ? CategoryName(texts, c) : texts["NotGiven"],
            interests.Count > 0 ? string.Join(", ", interests) : texts["NotChosen"]);

    public static string CategoryName(BotTexts texts, PersonCategory category) => texts[$"Category{category}"];

    public static List<string> SplitInterests(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    public static string? JoinInterests(IEnumerable<string> interests)
    {
        var joined = string.Join('\n', interests);
        return joined.Length == 0 ? null : joined;
    }
}
