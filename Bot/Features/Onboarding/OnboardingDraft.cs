using ClubBot.People;

namespace ClubBot.Features.Onboarding;

/// <summary>The answers so far, kept in the session until «Всё верно» stores them in the profile.</summary>
public sealed class OnboardingDraft
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Settlement { get; set; }

    public PersonCategory? Category { get; set; }

    public List<string> Interests { get; set; } = [];

    /// <summary>A field is being changed from the summary: its answer returns to the summary.</summary>
    public bool Editing { get; set; }

    /// <summary>The flow was opened from «Мой профиль» by someone already registered.</summary>
    public bool FromProfile { get; set; }

    public DateTime? ConsentedAt { get; set; }

    public static OnboardingDraft FromPerson(Person p) => new()
    {
        Name = p.Name,
        Phone = p.Phone,
        Settlement = p.Settlement,
        Category = p.Category,
        Interests = Profile.SplitInterests(p.Interests),
        FromProfile = true,
        ConsentedAt = p.ConsentedAt,
    };
}
