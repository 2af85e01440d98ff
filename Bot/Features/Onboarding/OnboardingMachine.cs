using Stateless;
using static ClubBot.Features.Onboarding.OnboardingState;
using static ClubBot.Features.Onboarding.OnboardingTrigger;

namespace ClubBot.Features.Onboarding;

/// <summary>
/// The onboarding conversation, top to bottom: consent, name, phone, settlement, category, interests, summary.
/// An answer moves forward, or back to the summary when a field is being changed from it; «Назад» goes to
/// the step before.
/// </summary>
public static class OnboardingMachine
{
    public static void Configure(StateMachine<OnboardingState, OnboardingTrigger> m, OnboardingDraft draft, OnboardingActions actions)
    {
        Func<bool> editing = () => draft.Editing;
        Func<bool> firstPass = () => !draft.Editing;
        const string EditingText = "changing one answer";
        const string FirstPassText = "first time through";

        m.Configure(Consent)
            .Permit(Agree, Name)
            .Permit(Decline, Declined)
            .Permit(Back, Closed)
            .OnEntryAsync(_ => actions.Show(Consent), "show the step");

        Step(m, Name, next: Phone, back: Consent);
        Step(m, Phone, next: Settlement, back: Name);
        Step(m, Settlement, next: Category, back: Phone)
            .Permit(ChooseOther, SettlementOther);
        m.Configure(SettlementOther)
            .PermitIf(Answered, Category, firstPass, FirstPassText)
            .PermitIf(Answered, Summary, editing, EditingText)
            .Permit(Back, Settlement)
            .OnEntryAsync(_ => actions.Show(SettlementOther), "show the step");
        Step(m, Category, next: Interests, back: Settlement);
        m.Configure(Interests)
            .Permit(Answered, Summary)
            .PermitIf(Back, Category, firstPass, FirstPassText)
            .PermitIf(Back, Summary, editing, EditingText)
            .OnEntryAsync(_ => actions.Show(Interests), "show the step");

        m.Configure(Summary)
            .Permit(Confirm, Saved)
            .Permit(EditName, Name)
            .Permit(EditPhone, Phone)
            .Permit(EditSettlement, Settlement)
            .Permit(EditCategory, Category)
            .Permit(EditInterests, Interests)
            .PermitIf(Back, Interests, () => !draft.FromProfile, "registering")
            .PermitIf(Back, Closed, () => draft.FromProfile, "opened from the profile")
            .OnEntryAsync(_ =>
            {
                draft.Editing = false;
                return actions.Show(Summary);
            }, "show the summary")
            .OnExitAsync(t =>
            {
                draft.Editing = t.Trigger is EditName or EditPhone or EditSettlement or EditCategory or EditInterests;
                return Task.CompletedTask;
            }, "note whether one answer is being changed");

        m.Configure(Declined).OnEntryAsync(_ => actions.Declined(), "say goodbye");
        m.Configure(Saved).OnEntryAsync(_ => actions.Saved(), "save the person");
        m.Configure(Closed).OnEntryAsync(_ => actions.Closed(), "close");
        return;

        StateMachine<OnboardingState, OnboardingTrigger>.StateConfiguration Step(StateMachine<OnboardingState, OnboardingTrigger> machine, OnboardingState state, OnboardingState next, OnboardingState back) =>
            machine.Configure(state)
                .PermitIf(Answered, next, firstPass, FirstPassText)
                .PermitIf(Answered, Summary, editing, EditingText)
                .PermitIf(Back, back, firstPass, FirstPassText)
                .PermitIf(Back, Summary, editing, EditingText)
                .OnEntryAsync(_ => actions.Show(state), "show the step");
    }
}

/// <summary>What the machine's entry actions do; the flow supplies them.</summary>
public sealed record OnboardingActions(Func<OnboardingState, Task> Show, Func<Task> Declined, Func<Task> Saved, Func<Task> Closed);
