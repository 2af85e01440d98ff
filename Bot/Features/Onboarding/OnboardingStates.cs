namespace ClubBot.Features.Onboarding;

public enum OnboardingState
{
    Consent,
    Name,
    Phone,
    Settlement,
    SettlementOther,
    Category,
    Interests,
    Summary,

    /// <summary>Consent declined: the flow ends with an explanation.</summary>
    Declined,

    /// <summary>The profile is stored and the person is at the menu.</summary>
    Saved,

    /// <summary>Left the profile view without changes.</summary>
    Closed,
}

public enum OnboardingTrigger
{
    Agree,
    Decline,
    Answered,
    ChooseOther,
    Back,
    Confirm,
    EditName,
    EditPhone,
    EditSettlement,
    EditCategory,
    EditInterests,
}
