using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Conversations.Machine;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using static ClubBot.Features.Onboarding.OnboardingState;
using static ClubBot.Features.Onboarding.OnboardingTrigger;
using Machine = ClubBot.Conversations.Machine.StateMachine<ClubBot.Features.Onboarding.OnboardingState, ClubBot.Features.Onboarding.OnboardingTrigger>;

namespace ClubBot.Features.Onboarding;

/// <summary>
/// Registration (P1) and, for someone registered, «Мой профиль»: the same steps, ending at a summary where any
/// answer can be changed. Answers live in the session's draft until «Всё верно»; wrong input is answered
/// kindly and the step is asked again, so nothing wrong is ever stored.
/// </summary>
public sealed class OnboardingFlow(OnboardingSteps steps, BotTexts texts, IOptions<ClubOptions> club) : IWelcomeFlow
{
    public string Name => OnboardingSteps.Flow;

    public Task StartAsync(FlowContext context)
    {
        var draft = new OnboardingDraft();
        context.Session.State = nameof(Consent);
        context.Preface(texts["OnboardingIntro"]);
        steps.Show(context, draft, Consent);
        context.SaveDraft(draft);
        return Task.CompletedTask;
    }

    /// <summary>«Мой профиль»: the summary of what is stored, each answer changeable.</summary>
    public Task OpenProfileAsync(FlowContext context, Person person)
    {
        var draft = OnboardingDraft.FromPerson(person);
        context.Session.Flow = Name;
        context.Session.State = nameof(Summary);
        context.Session.Keyboard = null;
        steps.Show(context, draft, Summary);
        context.SaveDraft(draft);
        return Task.CompletedTask;
    }

    public Task ShowAsync(FlowContext context)
    {
        var draft = context.Draft<OnboardingDraft>();
        steps.Show(context, draft, Build(context, draft).State);
        return Task.CompletedTask;
    }

    public Task BackAsync(FlowContext context) => RunAsync(context, (machine, _) => machine.FireAsync(Back));

    public Task HandleAsync(FlowContext context, Input input) => RunAsync(context, async (machine, draft) =>
    {
        var state = machine.State;
        switch (input.Kind)
        {
            case InputKind.Callback:
                var data = CallbackData.Parse(input.CallbackData);
                if (data is null || data.Flow != Name || data.State != state.ToString() || !await PressAsync(context, machine, draft, data))
                    Stale(context, draft, state);
                break;
            case InputKind.Text:
                await TypeAsync(context, machine, draft, input.Text ?? "");
                break;
            case InputKind.Contact when state == Phone:
                if (input.IsOwnContact(context.UserId) && PhoneNumber.TryFromContact(input.Contact!.PhoneNumber, out var phone))
                {
                    draft.Phone = phone;
                    await machine.FireAsync(Answered);
                }
                else
                {
                    Refuse(context, draft, state, "NotYourContact");
                }

                break;
            default:
                Refuse(context, draft, state, input.Kind == InputKind.Contact ? "ContactNotHere" : "OnlyTextAndButtons");
                break;
        }
    });

    private async Task RunAsync(FlowContext context, Func<Machine, OnboardingDraft, Task> act)
    {
        var draft = context.Draft<OnboardingDraft>();
        await act(Build(context, draft), draft);
        if (context.Session.Flow == Name)
            context.SaveDraft(draft);
    }

    private async Task<bool> PressAsync(FlowContext context, Machine machine, OnboardingDraft draft, CallbackData data)
    {
        var options = steps.Options;
        switch (machine.State, data.Action)
        {
            case (Consent, "yes"):
                draft.ConsentedAt = context.Update.Now;
                return await FireAfterPressAsync(context, machine, Agree);
            case (Consent, "no"):
                return await FireAfterPressAsync(context, machine, Decline);
            case (Settlement, "pick") when Index(data, options.Settlements.Count) is { } i:
                draft.Settlement = options.Settlements[i];
                return await FireAfterPressAsync(context, machine, Answered);
            case (Settlement, "other"):
                return await FireAfterPressAsync(context, machine, ChooseOther);
            case (Settlement, "page") when Index(data, int.MaxValue) is { } page:
                context.ReplacePressedButtons(steps.SettlementKeyboard(context, draft, page));
                return true;
            case (Category, "pick") when Enum.TryParse<PersonCategory>(data.Argument, out var category) && Enum.IsDefined(category):
                draft.Category = category;
                return await FireAfterPressAsync(context, machine, Answered);
            case (Interests, "toggle") when Index(data, options.Interests.Count) is { } i:
                var interest = options.Interests[i];
                if (!draft.Interests.Remove(interest))
                    draft.Interests.Add(interest);
                context.ReplacePressedButtons(steps.InterestsKeyboard(context, draft, steps.PageOf(i, 1, options.Interests.Count)));
                return true;
            case (Interests, "page") when Index(data, int.MaxValue) is { } page:
                context.ReplacePressedButtons(steps.InterestsKeyboard(context, draft, page));
                return true;
            case (Interests, "done"):
                // Keep only what is still offered, in the order offered.
                draft.Interests = options.Interests.Where(draft.Interests.Contains).ToList();
                return await FireAfterPressAsync(context, machine, Answered);
            case (Summary, "ok"):
                return await FireAfterPressAsync(context, machine, Confirm);
            case (Summary, "edit") when EditTrigger(data.Argument) is { } edit:
                return await FireAfterPressAsync(context, machine, edit);
            default:
                return false;
        }
    }

    private async Task TypeAsync(FlowContext context, Machine machine, OnboardingDraft draft, string text)
    {
        var state = machine.State;
        var options = steps.Options;
        if (state == OnboardingState.Name && PersonName.TryClean(text, out var name))
        {
            draft.Name = name;
            await machine.FireAsync(Answered);
        }
        else if (state == Phone && PhoneNumber.TryNormalize(text, out var phone))
        {
            draft.Phone = phone;
            await machine.FireAsync(Answered);
        }
        else if (state == SettlementOther && PersonName.TryCleanPlace(text, out var place))
        {
            draft.Settlement = options.Settlements.FirstOrDefault(s => string.Equals(s, place, StringComparison.OrdinalIgnoreCase)) ?? place;
            await machine.FireAsync(Answered);
        }
        else if (state == Settlement && options.Settlements.FirstOrDefault(s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase)) is { } listed)
        {
            draft.Settlement = listed;
            await machine.FireAsync(Answered);
        }
        else if (state == Consent && context.Keyboards.Is(text, "ButtonAgree"))
        {
            draft.ConsentedAt = context.Update.Now;
            await machine.FireAsync(Agree);
        }
        else if (state == Consent && context.Keyboards.Is(text, "ButtonDecline"))
        {
            await machine.FireAsync(Decline);
        }
        else if (state == Interests && context.Keyboards.Is(text, "ButtonDone"))
        {
            await machine.FireAsync(Answered);
        }
        else if (state == Summary && context.Keyboards.Is(text, "ButtonAllCorrect"))
        {
            await machine.FireAsync(Confirm);
        }
        else
        {
            Refuse(context, draft, state, state switch
            {
                OnboardingState.Name => "NameInvalid",
                Phone => "PhoneInvalid",
                SettlementOther => "PlaceInvalid",
                _ => "UseButtons",
            });
        }
    }

    private static async Task<bool> FireAfterPressAsync(FlowContext context, Machine machine, OnboardingTrigger trigger)
    {
        context.RemovePressedButtons();
        return (await machine.FireAsync(trigger)).Moved;
    }

    private void Refuse(FlowContext context, OnboardingDraft draft, OnboardingState state, string key)
    {
        context.Say(texts[key]);
        steps.Show(context, draft, state);
    }

    private void Stale(FlowContext context, OnboardingDraft draft, OnboardingState state)
    {
        context.Update.CallbackAnswer = texts["OldButtonShort"];
        context.RemovePressedButtons();
        Refuse(context, draft, state, "OldButton");
    }

    private Machine Build(FlowContext context, OnboardingDraft draft) => OnboardingMachine.Build(context.Session, draft, new OnboardingActions(
        Show: state =>
        {
            steps.Show(context, draft, state);
            return Task.CompletedTask;
        },
        Declined: () => context.LeaveAsync(texts.Format("ConsentDeclined", club.Value.Phone)),
        Saved: () => SaveAsync(context, draft),
        Closed: () => context.LeaveAsync()));

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
        return context.LeaveAsync(first ? texts.Format("Registered", person.Name) : texts["ProfileSaved"]);
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
