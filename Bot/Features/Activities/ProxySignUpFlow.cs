using ClubBot.Audit;
using ClubBot.Conversations;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Activities.CardTaskState;
using static ClubBot.Features.Activities.CardTaskTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.CardTaskState, ClubBot.Features.Activities.CardTaskTrigger, ClubBot.Features.Activities.StaffDraft>;

namespace ClubBot.Features.Activities;

/// <summary>
/// «➕ Записать по телефону» (C2): someone without Telegram is signed up by name, phone and village. A person new to
/// the centre is registered only once the coordinator confirms they consented (orally or on paper), recorded with who
/// and when; someone already known by the phone is the same person, and hears of it if they have Telegram.
/// </summary>
public sealed class ProxySignUpFlow(BotTexts texts, Seats seats, ActivityCards cards, AuditLog audit) : CardTaskFlow(texts)
{
    public override string Name => "px";

    protected override CardTaskState Initial => CardTaskState.Name;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(CardTaskState.Name).Permit(Answered, Phone).Permit(Back, CardTaskState.Card).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Phone).Permit(Answered, Settlement).Permit(Back, CardTaskState.Name).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Settlement).Permit(Answered, CardTaskState.Card).Permit(CardTaskTrigger.Confirm, Consent).Permit(Back, Phone).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Consent).Permit(Answered, CardTaskState.Card).Permit(Back, Settlement).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        ConfigureCard(turn);
    }

    protected override string? HintFor(Turn turn) => turn.State switch
    {
        CardTaskState.Name => "NameInvalid",
        Phone => "PhoneInvalid",
        Consent => "ProxyConsentHint",
        _ => "PlaceInvalid",
    };

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var draft = turn.Draft;
        if (turn.State == Consent)
            return turn.Pressed(input)?.Action switch
            {
                "oral" => await RegisterAsync(turn, ConsentWay.Oral),
                "paper" => await RegisterAsync(turn, ConsentWay.Paper),
                "none" => await DeclineAsync(turn),
                _ => false,
            };
        if (input is not { Kind: InputKind.Text, Text: { } text })
            return false;
        switch (turn.State)
        {
            case CardTaskState.Name when PersonName.TryClean(text, out var name):
                return await turn.FireAsync(Answered, () => draft.ProxyName = name);
            case Phone when PhoneNumber.TryNormalize(text, out var phone):
                return await turn.FireAsync(Answered, () => draft.ProxyPhone = phone);
            case Settlement when turn.Context.Keyboards.Is(text, "ButtonSkip"):
                return await SettledAsync(turn, null);
            case Settlement when PersonName.TryCleanPlace(text, out var place):
                return await SettledAsync(turn, place);
            default:
                return false;
        }
    }

    protected override Task ShowStepAsync(Turn turn)
    {
        if (turn.State == Consent)
            turn.Context.Screen.Ask(Texts.Format("AskProxyConsent", turn.Draft.ProxyName), Turn.Column(
                turn.Button(Texts["ButtonConsentOral"], Answered, "oral"),
                turn.Button(Texts["ButtonConsentPaper"], Answered, "paper"),
                turn.Button(Texts["ButtonConsentNone"], Answered, "none")));
        else if (turn.State == Settlement)
            turn.Context.Screen.AskText(Texts["AskProxySettlement"], new KeyboardButton(Texts["ButtonSkip"]));
        else
            turn.Context.Screen.AskText(Texts[turn.State == Phone ? "AskProxyPhone" : "AskProxyName"]);
        return Task.CompletedTask;
    }

    /// <summary>Someone already known by this phone (registered or added before) is the same person: no consent to ask again.</summary>
    private async Task<bool> SettledAsync(Turn turn, string? settlement)
    {
        var draft = turn.Draft;
        draft.ProxySettlement = settlement;
        if (await turn.Update.Db.Set<Person>().FirstOrDefaultAsync(p => p.Phone == draft.ProxyPhone && p.ErasedAt == null) is not { } known)
            return await turn.FireAsync(CardTaskTrigger.Confirm);
        await SignUpAsync(turn, known);
        return await turn.FireAsync(Answered);
    }

    private async Task<bool> RegisterAsync(Turn turn, ConsentWay way)
    {
        var (update, draft) = (turn.Update, turn.Draft);
        var person = new Person
        {
            Name = draft.ProxyName,
            Phone = draft.ProxyPhone,
            Settlement = draft.ProxySettlement,
            AddedByStaff = true,
            CreatedAt = update.Now,
            LastSeenAt = update.Now,
            RegisteredAt = update.Now,
            ConsentedAt = update.Now,
            ConsentWay = way,
            ConsentRecordedById = turn.Context.Person?.Id,
        };
        update.Db.Add(person);
        await SignUpAsync(turn, person);
        return await turn.FireAsync(Answered);
    }

    private async Task<bool> DeclineAsync(Turn turn)
    {
        turn.Context.Screen.Say(Texts.Format("ProxyNoConsent", turn.Draft.ProxyName));
        return await turn.FireAsync(Answered);
    }

    private async Task SignUpAsync(Turn turn, Person person)
    {
        var (update, draft) = (turn.Update, turn.Draft);
        var result = await seats.SignUpAsync(update, draft.ActivityId, person, byStaff: true);
        // The card shown next counts seats from the database: the sign-up must be there first.
        await update.FlushAsync();
        var activity = await ActivityAsync(turn);
        audit.Record(update, AuditActions.SignUpByPhone, $"{cards.Headline(activity)} — {person.Name}", after: $"{PhoneText.Show(person.Phone)} · {Texts[$"AuditSignUp{result.Outcome}"]}");
        if (person.ChatId is { } chat && result.Outcome is SignUpOutcome.Confirmed or SignUpOutcome.Waiting)
            update.Outbox.SendText(chat, result.Outcome == SignUpOutcome.Confirmed
                ? Texts.Format("ProxyToldSignedUp", cards.Headline(activity))
                : Texts.Format("ProxyToldWaiting", cards.Headline(activity), result.WaitingPosition));
        turn.Context.Screen.Say(result.Outcome switch
        {
            SignUpOutcome.Confirmed => Texts.Format("ProxySignedUp", person.Name),
            SignUpOutcome.Waiting => Texts.Format("ProxyWaiting", person.Name, result.WaitingPosition),
            SignUpOutcome.AlreadySignedUp => Texts.Format("ProxyAlready", person.Name),
            _ => Texts["SignUpClosed"],
        });
    }
}
