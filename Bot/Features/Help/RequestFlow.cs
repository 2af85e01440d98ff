using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.Onboarding;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;
using Turn = ClubBot.Conversations.FlowTurn<string, ClubBot.Features.Help.RequestTrigger, ClubBot.Features.Help.RequestDraft>;

namespace ClubBot.Features.Help;

/// <summary>
/// What the three request flows share: their questions one after another, «Назад» to the one before, a summary
/// with «✅ Отправить заявку», and then the numbered request, told to staff and to volunteers nearby.
/// </summary>
public abstract partial class RequestFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock, IEnumerable<IRequestVolunteers> volunteers, IOptions<OnboardingOptions> places)
    : MachineFlow<string, RequestTrigger, RequestDraft>(RequestTrigger.Back)
{
    private const string Summary = "Summary";
    private const string Sent = "Sent";
    private const string Closed = "Closed";

    protected abstract RequestKind Kind { get; }

    /// <summary>The questions in order; each is a state named after the step.</summary>
    protected abstract IReadOnlyList<RequestStep> Steps { get; }

    protected override string Initial => Steps[0].Name;

    protected BotTexts Texts => texts;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        for (var i = 0; i < Steps.Count; i++)
            m.Configure(Steps[i].Name)
                .Permit(RequestTrigger.Answered, i + 1 < Steps.Count ? Steps[i + 1].Name : Summary)
                .Permit(RequestTrigger.Back, i > 0 ? Steps[i - 1].Name : Closed)
                .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Summary).Permit(RequestTrigger.Confirm, Sent).Permit(RequestTrigger.Back, Steps[^1].Name).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Sent).OnEntryAsync(_ => SendAsync(turn.Context, turn.Draft), "send the request");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var context = turn.Context;
        if (turn.State == Summary)
            return (turn.Pressed(input, "send") is not null || (input.Kind == InputKind.Text && context.Keyboards.Is(input.Text, "ButtonSendRequest")))
                && await turn.FireAsync(RequestTrigger.Confirm);

        var step = Steps.Single(s => s.Name == turn.State);
        var refusal = step.Accept(context, turn.Draft, input);
        if (refusal == RequestStep.PageTurned && step.Buttons is { } buttons)
        {
            context.Screen.ReplacePressedButtons(buttons(context, turn.Draft));
            return true;
        }

        if (refusal == RequestStep.Answered)
            return true;
        if (refusal is null)
            return await turn.FireAsync(RequestTrigger.Answered);
        if (refusal.Length == 0)
            return false;
        context.Screen.Say(step.Explain?.Invoke(context, refusal) ?? texts[refusal]);
        await ShowStepAsync(turn);
        return true;
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        draft.KnownAddress ??= await LastAddressAsync(context) ?? "";
        if (turn.State != Summary)
        {
            Steps.Single(s => s.Name == turn.State).Show(context, draft);
            return;
        }

        var preview = new HelpRequest { Kind = Kind, Person = context.Person };
        Fill(preview, draft);
        context.Screen.Ask(texts["RequestSummaryTitle"] + "\n\n" + cards.Card(preview, CardReader.Owner),
            Turn.Column(turn.Button(texts["ButtonSendRequest"], RequestTrigger.Confirm, "send")));
    }

    /// <summary>Where the person's latest request was for (a home address, a pickup place), to offer it again.</summary>
    private static Task<string?> LastAddressAsync(FlowContext context) => context.Person is not { Id: > 0 } person
        ? Task.FromResult<string?>(null)
        : context.Update.Db.Set<HelpRequest>().Where(r => r.PersonId == person.Id && (r.Address != null || r.RideFrom != null))
            .OrderByDescending(r => r.Id).Select(r => r.Address ?? r.RideFrom).FirstOrDefaultAsync();

    /// <summary>The button data of this press if it belongs to <paramref name="step"/> with <paramref name="action"/>.</summary>
    protected CallbackData? Pressed(FlowContext context, Input input, string step, string action) =>
        context.ButtonFor(input, Name, step) is { } data && data.Action == action ? data : null;

    protected string Data(string step, string action, string? argument = null) => CallbackData.Make(Name, step, action, argument);

    /// <summary>A step answered by pressing one of <paramref name="choices"/> (the options allow at most eight, one screen).</summary>
    protected RequestStep ChoiceStep(string name, string askKey, IReadOnlyList<string> choices, Action<RequestDraft, string> set) => new(name,
        (c, d) => c.Screen.Ask(texts[askKey], c.Keyboards.Paged(
            choices.Select((s, i) => new InlineKeyboardButton(s, Data(name, "pick", i.ToString()))).ToList(),
            0, p => Data(name, "page", p.ToString()))),
        (c, d, input) =>
        {
            if (Pressed(c, input, name, "pick") is not { } data || !int.TryParse(data.Argument, out var i) || i < 0 || i >= choices.Count)
                return "";
            set(d, choices[i]);
            return null;
        });

    /// <summary>A step answered in words: 3 to 1,000 characters with at least one letter, else <paramref name="invalidKey"/> (or, when too long, the limit).</summary>
    protected RequestStep WordsStep(string name, string askKey, string invalidKey, Action<RequestDraft, string> set) => new(name,
        (c, d) => c.Screen.AskText(texts[askKey]),
        (c, d, input) =>
        {
            if (input.Kind != InputKind.Text)
                return "";
            var text = input.Text!.Trim();
            if (text.Length > RequestDetails.MaxLength)
                return "DetailsTooLong";
            if (text.Length < 3 || !text.Any(char.IsLetter))
                return invalidKey;
            set(d, text);
            return null;
        });

    /// <summary>The button that answers a place question with the person's known place: their latest request's address, else their settlement.</summary>
    protected KeyboardButton? ProfilePlaceButton(FlowContext context, RequestDraft draft) =>
        KnownPlace(context, draft) is { } place ? new KeyboardButton(texts.Format("ButtonProfileAddress", place)) : null;

    /// <summary>A place typed or taken from the known-place button; null when taken, or the refusal key.</summary>
    protected string? AcceptPlace(FlowContext context, RequestDraft draft, Input input, Action<string> set, string invalidKey)
    {
        if (input.Kind != InputKind.Text)
            return "";
        if (ProfilePlaceButton(context, draft) is { } button && input.Text == button.Text)
        {
            set(KnownPlace(context, draft)!);
            return null;
        }

        if (!PersonName.TryCleanPlace(input.Text, out var place) || place.Length < 3)
            return invalidKey;
        set(PlaceWithSettlement.Complete(place, context.Person?.Settlement, places.Value.Settlements));
        return null;
    }

    private static string? KnownPlace(FlowContext context, RequestDraft draft) =>
        draft.KnownAddress is { Length: > 0 } address ? address : context.Person?.Settlement;

    /// <summary>Today in the club's zone.</summary>
    protected DateTime Today(FlowContext context) => clock.ToLocal(context.Update.Now).Date;

    /// <summary>Fills the new request from the draft.</summary>
    protected abstract void Fill(HelpRequest request, RequestDraft draft);

    private async Task SendAsync(FlowContext context, RequestDraft draft)
    {
        var update = context.Update;
        var request = new HelpRequest { Kind = Kind, Person = context.Person!, Status = RequestStatus.New, CreatedAt = update.Now, UpdatedAt = update.Now };
        Fill(request, draft);
        update.Db.Add(request);
        await update.FlushAsync();
        await notices.AnnounceToStaffAsync(update, request);
        foreach (var side in volunteers)
            await side.AnnounceAsync(update, request);
        await context.Navigation.LeaveAsync(texts.Format("RequestAccepted", request.Id, cards.What(request)));
    }
}
