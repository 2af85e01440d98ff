using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using static ClubBot.Features.Onboarding.OnboardingState;
using static ClubBot.Features.Onboarding.OnboardingTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Onboarding.OnboardingState, ClubBot.Features.Onboarding.OnboardingTrigger, ClubBot.Features.Onboarding.OnboardingDraft>;

namespace ClubBot.Features.Onboarding;

/// <summary>
/// Registration (P1) and, for someone registered, «Мой профиль»: the same steps, ending at a summary where any
/// answer can be changed. Answers live in the session's draft until «Всё верно»; wrong input is answered
/// kindly and the step is asked again, so nothing wrong is ever stored.
/// </summary>
public sealed class OnboardingFlow(OnboardingSteps steps, BotTexts texts)
    : MachineFlow<OnboardingState, OnboardingTrigger, OnboardingDraft>(Back), IWelcomeFlow
{
    public override string Name => OnboardingSteps.Flow;

    protected override OnboardingState Initial => Consent;

    public override Task StartAsync(FlowContext context)
    {
        context.Screen.Preface(texts["OnboardingIntro"]);
        return BeginAsync(context, new OnboardingDraft());
    }

    /// <summary>«Мой профиль»: the summary of what is stored, each answer changeable.</summary>
    public Task OpenProfileAsync(FlowContext context, Person person)
    {
        context.Session.Keyboard = null;
        return BeginAsync(context, OnboardingDraft.FromPerson(person), Summary);
    }

    protected override void Configure(Turn turn) => OnboardingMachine.Configure(turn.Machine, turn.Draft, new OnboardingActions(
        Show: state =>
        {
            steps.Show(turn.Context, turn.Draft, state);
            return Task.CompletedTask;
        },
        Declined: () => turn.Context.Navigation.LeaveAsync(texts.WithPhone("ConsentDeclined")),
        Saved: () => SaveAsync(turn.Context, turn.Draft),
        Closed: () => turn.Context.Navigation.LeaveAsync()));

    protected override Task ShowStepAsync(Turn turn)
    {
        steps.Show(turn.Context, turn.Draft, turn.State);
        return Task.CompletedTask;
    }

    protected override string? HintFor(Turn turn) => turn.State switch
    {
        OnboardingState.Name => "NameInvalid",
        Phone => "PhoneInvalid",
        SettlementOther => "PlaceInvalid",
        _ => null,
    };

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        switch (input.Kind)
        {
            case InputKind.Callback:
                return turn.Pressed(input) is { } data && await PressAsync(turn, data);
            case InputKind.Text:
                return await TypeAsync(turn, input.Text ?? "");
            case InputKind.Contact when turn.State == Phone:
                if (input.IsOwnContact(turn.Context.UserId) && PhoneNumber.TryFromContact(input.Contact!.PhoneNumber, out var phone))
                    return await turn.FireAsync(Answered, () => turn.Draft.Phone = phone);
                turn.Context.Screen.Say(texts["NotYourContact"]);
                await ShowStepAsync(turn);
                return true;
            default:
                return false;
        }
    }

    private async Task<bool> PressAsync(Turn turn, CallbackData data)
    {
        var (context, draft, options) = (turn.Context, turn.Draft, steps.Options);
        switch (turn.State, data.Action)
        {
            case (Consent, "yes"):
                return await turn.FireAsync(Agree, () => draft.ConsentedAt = context.Update.Now);
            case (Consent, "no"):
                return await turn.FireAsync(Decline);
            case (Settlement, "pick") when Index(data, options.Settlements.Count) is { } i:
                return await turn.FireAsync(Answered, () => draft.Settlement = options.Settlements[i]);
            case (Settlement, "other"):
                return await turn.FireAsync(ChooseOther);
            case (Settlement, "page") when Index(data, int.MaxValue) is { } page:
                context.Screen.ReplacePressedButtons(steps.SettlementKeyboard(context, draft, page));
                return true;
            case (Category, "pick") when Enum.TryParse<PersonCategory>(data.Argument, out var category) && Enum.IsDefined(category):
                return await turn.FireAsync(Answered, () => draft.Category = category);
            case (Interests, "toggle") when Index(data, options.Interests.Count) is { } i:
                var interest = options.Interests[i];
                if (!draft.Interests.Remove(interest))
                    draft.Interests.Add(interest);
                context.Screen.ReplacePressedButtons(steps.InterestsKeyboard(context, draft, steps.PageOf(i, 1, options.Interests.Count)));
                return true;
            case (Interests, "page") when Index(data, int.MaxValue) is { } page:
                context.Screen.ReplacePressedButtons(steps.InterestsKeyboard(context, draft, page));
                return true;
            case (Interests, "done"):
                // Keep only what is still offered, in the order offered.
                return await turn.FireAsync(Answered, () => draft.Interests = options.Interests.Where(draft.Interests.Contains).ToList());
            case (Summary, "ok"):
                return await turn.FireAsync(Confirm);
            case (Summary, "edit") when EditTrigger(data.Argument) is { } edit:
                return await turn.FireAsync(edit);
            default:
                return false;
        }
    }

    private async Task<bool> TypeAsync(Turn turn, string text)
    {
        var (context, draft, options) = (turn.Context, turn.Draft, steps.Options);
        return turn.State switch
        {
            OnboardingState.Name when PersonName.TryClean(text, out var name) => await turn.FireAsync(Answered, () => draft.Name = name),
            Phone when PhoneNumber.TryNormalize(text, out var phone) => await turn.FireAsync(Answered, () => draft.Phone = phone),
            SettlementOther when PersonName.TryCleanPlace(text, out var place) =>
                await turn.FireAsync(Answered, () => draft.Settlement = options.Settlements.FirstOrDefault(s => string.Equals(s, place, StringComparison.OrdinalIgnoreCase)) ?? place),
            Settlement when options.Settlements.FirstOrDefault(s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase)) is { } listed =>
                await turn.FireAsync(Answered, () => draft.Settlement = listed),
            Consent when context.Keyboards.Is(text, "ButtonAgree") => await turn.FireAsync(Agree, () => draft.ConsentedAt = context.Update.Now),
            Consent when context.Keyboards.Is(text, "ButtonDecline") => await turn.FireAsync(Decline),
            Interests when context.Keyboards.Is(text, "ButtonDone") => await turn.FireAsync(Answered),
            Summary when context.Keyboards.Is(text, "ButtonAllCorrect") => await turn.FireAsync(Confirm),
            _ => false,
        };
    }

    private Task SaveAsync(FlowContext context, OnboardingDraft draft)
    {
        var person = context.Person ?? throw new InvalidOperationException("A profile is saved for the person who sent the update.");
        var first = !person.IsRegistered;
        person.Name = draft.Name;
        person.Phone = draft.Phone;
        person.Settlement = draft.Settlement;
        person.Category = draft.Category;
        person.Interests = Profile.JoinInterests(draft.Interests);
        person.ConsentedAt ??= draft.ConsentedAt ?? context.Update.Now;
        person.ErasedAt = null;
        if (first)
            person.RegisteredAt = context.Update.Now;
        return context.Navigation.LeaveAsync(first ? texts.Format("Registered", person.Name) : texts["ProfileSaved"]);
    }

    private static int? Index(CallbackData data, int count) =>
        int.TryParse(data.Argument, out var i) && i >= 0 && i < count ? i : null;

    private static OnboardingTrigger? EditTrigger(string? field) => field switch
    {
        nameof(OnboardingState.Name) => EditName,
        nameof(Phone) => EditPhone,
        nameof(Settlement) => EditSettlement,
        nameof(Category) => EditCategory,
        nameof(Interests) => EditInterests,
        _ => null,
    };
}
