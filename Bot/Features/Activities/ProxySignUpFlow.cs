using ClubBot.Audit;
using ClubBot.Conversations;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using static ClubBot.Features.Activities.CardTaskState;
using static ClubBot.Features.Activities.CardTaskTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.CardTaskState, ClubBot.Features.Activities.CardTaskTrigger, ClubBot.Features.Activities.StaffDraft>;

namespace ClubBot.Features.Activities;

/// <summary>«➕ Записать по телефону» (C2): someone without Telegram is signed up by name, phone and village.</summary>
public sealed class ProxySignUpFlow(BotTexts texts, Seats seats, ActivityCards cards, AuditLog audit, Lazy<StaffActivitiesFlow> card) : CardTaskFlow(texts, card)
{
    public override string Name => "px";

    protected override CardTaskState Initial => CardTaskState.Name;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(CardTaskState.Name).Permit(Answered, Phone).Permit(Back, CardTaskState.Card).OnEntry(_ => ShowStepAsync(turn));
        m.Configure(Phone).Permit(Answered, Settlement).Permit(Back, CardTaskState.Name).OnEntry(_ => ShowStepAsync(turn));
        m.Configure(Settlement).Permit(Answered, CardTaskState.Card).Permit(Back, Phone).OnEntry(_ => ShowStepAsync(turn));
        ConfigureCard(turn);
    }

    protected override string? HintFor(Turn turn) => turn.State switch
    {
        CardTaskState.Name => "NameInvalid",
        Phone => "PhoneInvalid",
        _ => "PlaceInvalid",
    };

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        if (input is not { Kind: InputKind.Text, Text: { } text })
            return false;
        var draft = turn.Draft;
        switch (turn.State)
        {
            case CardTaskState.Name when PersonName.TryClean(text, out var name):
                return await turn.FireAsync(Answered, () => draft.ProxyName = name);
            case Phone when PhoneNumber.TryNormalize(text, out var phone):
                return await turn.FireAsync(Answered, () => draft.ProxyPhone = phone);
            case Settlement when turn.Context.Keyboards.Is(text, "ButtonSkip"):
                await SignUpAsync(turn, null);
                return await turn.FireAsync(Answered);
            case Settlement when PersonName.TryCleanPlace(text, out var place):
                await SignUpAsync(turn, place);
                return await turn.FireAsync(Answered);
            default:
                return false;
        }
    }

    protected override Task ShowStepAsync(Turn turn)
    {
        if (turn.State == Settlement)
            turn.Context.AskText(Texts["AskProxySettlement"], new KeyboardButton(Texts["ButtonSkip"]));
        else
            turn.Context.AskText(Texts[turn.State == Phone ? "AskProxyPhone" : "AskProxyName"]);
        return Task.CompletedTask;
    }

    private async Task SignUpAsync(Turn turn, string? settlement)
    {
        var (update, draft) = (turn.Update, turn.Draft);
        // Someone already known by this phone (registered or added before) is the same person.
        var person = await update.Db.Set<Person>().FirstOrDefaultAsync(p => p.Phone == draft.ProxyPhone && p.ErasedAt == null);
        if (person is null)
        {
            person = new Person
            {
                Name = draft.ProxyName,
                Phone = draft.ProxyPhone,
                Settlement = settlement,
                AddedByStaff = true,
                CreatedAt = update.Now,
                LastSeenAt = update.Now,
                RegisteredAt = update.Now,
                ConsentedAt = update.Now,
            };
            update.Db.Add(person);
        }

        var result = await seats.SignUpAsync(update, draft.ActivityId, person, byStaff: true);
        audit.Record(update, AuditActions.SignUpByPhone, $"{cards.Headline(await ActivityAsync(turn))} — {person.Name}", after: $"{person.Phone} · {result.Outcome}");
        turn.Context.Say(result.Outcome switch
        {
            SignUpOutcome.Confirmed => Texts.Format("ProxySignedUp", person.Name),
            SignUpOutcome.Waiting => Texts.Format("ProxyWaiting", person.Name, result.WaitingPosition),
            SignUpOutcome.AlreadySignedUp => Texts.Format("ProxyAlready", person.Name),
            _ => Texts["SignUpClosed"],
        });
    }
}
