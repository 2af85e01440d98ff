using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Onboarding;

/// <summary>How each onboarding step asks its question, with the earlier answer marked where there is one.</summary>
public sealed class OnboardingSteps(BotTexts texts, IOptions<OnboardingOptions> options)
{
    public const string Flow = "ob";

    private const string Chosen = "✔️ ";

    public OnboardingOptions Options => options.Value;

    public void Show(FlowContext context, OnboardingDraft draft, OnboardingState state)
    {
        switch (state)
        {
            case OnboardingState.Consent:
                // The greeting and why consent is asked come first; the consent itself stands alone with its two
                // buttons, so a newcomer reads one short thing at a time and sees exactly what they agree to.
                context.Screen.Say(texts["AskConsent"]);
                context.Screen.Say(Options.ConsentText, new InlineKeyboardMarkup(
                [
                    [Button("ButtonAgree", state, "yes")],
                    [Button("ButtonDecline", state, "no")],
                ]));
                break;
            case OnboardingState.Name:
                context.Screen.AskText(WithCurrent("AskName", draft.Name));
                break;
            case OnboardingState.Phone:
                context.Screen.AskText(WithCurrent("AskPhone", PhoneText.Show(draft.Phone)), KeyboardButton.WithRequestContact(texts["ButtonSendPhone"]));
                break;
            case OnboardingState.Settlement:
                context.Screen.Ask(WithCurrent("AskSettlement", draft.Settlement), SettlementKeyboard(context, draft, 0));
                break;
            case OnboardingState.SettlementOther:
                context.Screen.AskText(WithCurrent("AskSettlementOther", Options.Settlements.Contains(draft.Settlement ?? "") ? null : draft.Settlement));
                break;
            case OnboardingState.Category:
                context.Screen.Ask(texts["AskCategory"], new InlineKeyboardMarkup(Enum.GetValues<PersonCategory>()
                    .Select(c => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(Mark(draft.Category == c) + Profile.CategoryName(texts, c), Data(state, "pick", c.ToString()))])
                    .ToList()));
                break;
            case OnboardingState.Interests:
                context.Screen.Ask(texts["AskInterests"], InterestsKeyboard(context, draft, 0));
                break;
            case OnboardingState.Summary:
                context.Screen.Ask(texts["SummaryTitle"] + "\n\n" + Profile.Describe(texts, draft.Name, draft.Phone, draft.Settlement, draft.Category, draft.Interests), new InlineKeyboardMarkup(
                [
                    [Button("ButtonAllCorrect", state, "ok")],
                    [Button("ButtonEditName", state, "edit", nameof(OnboardingState.Name)), Button("ButtonEditPhone", state, "edit", nameof(OnboardingState.Phone))],
                    [Button("ButtonEditSettlement", state, "edit", nameof(OnboardingState.Settlement)), Button("ButtonEditCategory", state, "edit", nameof(OnboardingState.Category))],
                    [Button("ButtonEditInterests", state, "edit", nameof(OnboardingState.Interests))],
                ]));
                break;
        }
    }

    public InlineKeyboardMarkup SettlementKeyboard(FlowContext context, OnboardingDraft draft, int page) => context.Keyboards.Paged(
        Options.Settlements.Select((s, i) => new InlineKeyboardButton(Mark(s == draft.Settlement) + s, Data(OnboardingState.Settlement, "pick", i.ToString()))).ToList(),
        page,
        p => Data(OnboardingState.Settlement, "page", p.ToString()),
        [Button("ButtonOtherPlace", OnboardingState.Settlement, "other")]);

    public InlineKeyboardMarkup InterestsKeyboard(FlowContext context, OnboardingDraft draft, int page) => context.Keyboards.Paged(
        Options.Interests.Select((s, i) => new InlineKeyboardButton((draft.Interests.Contains(s) ? "✅ " : "⬜ ") + s, Data(OnboardingState.Interests, "toggle", i.ToString()))).ToList(),
        page,
        p => Data(OnboardingState.Interests, "page", p.ToString()),
        [Button("ButtonDone", OnboardingState.Interests, "done")]);

    /// <summary>The page an item is on, so a toggle keeps the person on the page they were looking at.</summary>
    public int PageOf(int index, int fixedButtons, int count) =>
        count + fixedButtons <= Keyboards.MaxButtons ? 0 : index / Keyboards.PageSize(fixedButtons);

    private string WithCurrent(string key, string? current) =>
        current is null ? texts[key] : texts[key] + "\n\n" + texts.Format("CurrentAnswer", current);

    private InlineKeyboardButton Button(string key, OnboardingState state, string action, string? argument = null) =>
        new(texts[key], Data(state, action, argument));

    private static string Data(OnboardingState state, string action, string? argument = null) =>
        CallbackData.Make(Flow, state.ToString(), action, argument);

    private static string Mark(bool chosen) => chosen ? Chosen : "";
}
