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
