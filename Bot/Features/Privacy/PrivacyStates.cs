namespace ClubBot.Features.Privacy;

public enum PrivacyState
{
    View,
    ConfirmErase,
    ConfirmWithdraw,
    Erased,
    Closed,
}

public enum PrivacyTrigger
{
    AskErase,
    AskWithdraw,
    Confirm,
    Back,
}

/// <summary>The privacy view keeps nothing between steps: every screen is read from the person's record.</summary>
public sealed class PrivacyDraft;
