namespace ClubBot.Features.Onboarding;

/// <summary>The "Onboarding" section.</summary>
public sealed class OnboardingOptions
{
    public const string Section = "Onboarding";

    /// <summary>The consent to personal-data processing a person reads before registering.</summary>
    public string ConsentText { get; set; } = "";

    /// <summary>Settlements the centre serves, offered as buttons; «Другое» lets a person type theirs.</summary>
    public List<string> Settlements { get; set; } = [];

    /// <summary>What a person may be interested in, offered as toggles.</summary>
    public List<string> Interests { get; set; } = [];
}
