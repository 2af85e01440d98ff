using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Help.StaffRequestsState;
using static ClubBot.Features.Help.StaffRequestsTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Help.StaffRequestsState, ClubBot.Features.Help.StaffRequestsTrigger, ClubBot.Features.Help.StaffRequestDraft>;

namespace ClubBot.Features.Help;

/// <summary>
/// «📥 Заявки» for coordinators (C3): requests by status → one request's card → to the centre, in progress, done or
/// cancelled. Assigning a volunteer, writing to the participant and confirming a ride are flows of their own that
/// come back to the card. The participant hears of every change.
/// </summary>
public sealed class StaffRequestsFlow(
    BotTexts texts,
    RequestCards cards,
    IEnumerable<IRequestVolunteers> volunteers,
    MessageParticipantFlow message,
    RidePickupFlow pickup,
    RequestStatusChanges changes) : MachineFlow<StaffRequestsState, StaffRequestsTrigger, StaffRequestDraft>(Back)
{
    public override string Name => FlowName;

    protected override StaffRequestsState Initial => Statuses;

    public override bool IsFor(Audience audience) => audience.IsStaff;

    public const string FlowName = "hq";

    /// <summary>Opens one request's card (from the button under a new-request message).</summary>
    public Task OpenAsync(FlowContext context, long requestId) => BeginAsync(context, new StaffRequestDraft { RequestId = requestId }, Card);

    /// <summary>One request's card, where a job opened from it (a volunteer, a message, a pickup time) comes back to.</summary>
    public static FlowStep CardOf(long requestId) => new(FlowName, nameof(Card), new StaffRequestDraft { RequestId = requestId });

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(Statuses).Permit(PickStatus, List).Permit(Back, Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(List).Permit(Open, Card).InternalTransitionAsync(TurnPage, async _ => turn.Context.Screen.ReplacePressedButtons(await ListButtonsAsync(turn)))
            .Permit(Back, Statuses).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Card).PermitReentry(Change).Permit(Back, List).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var (context, draft, data) = (turn.Context, turn.Draft, turn.Pressed(input));
        long.TryParse(data?.Argument, out var id);
        switch (turn.State, data?.Action)
        {
            case (Statuses, "status") when Enum.TryParse<RequestStatus>(data!.Argument, out var status) && Enum.IsDefined(status):
                return await turn.FireAsync(PickStatus, () => (draft.Status, draft.Page) = (status, 0));
            case (List, "open") when await RequestQueries.WithPeopleAsync(turn.Update, id) is not null:
                return await turn.FireAsync(Open, () => draft.RequestId = id);
            case (List, "page"):
                return await turn.FireAsync(TurnPage, () => draft.Page = (int)Math.Max(0, id));
            case (List, "back") or (Card, "list"):
                return await turn.FireAsync(Back);
            case (Card, "assign") when !volunteers.Any():
                return false;
            case (Card, "assign" or "write" or "pickup"):
                context.Screen.RemovePressedButtons();
                await (data!.Action switch
                {
                    "assign" => volunteers.First().OpenAssignAsync(context, draft.RequestId),
                    "write" => message.OpenAsync(context, draft.RequestId),
                    _ => pickup.OpenAsync(context, draft.RequestId),
                });
                return true;
            case (Card, "centre" or "progress" or "done" or "cancel"):
                await changes.ChangeAsync(turn.Update, draft.RequestId, data!.Action);
                return await turn.FireAsync(Change);
            default:
                return false;
        }
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var (context, draft) = (turn.Context, turn.Draft);
        switch (turn.State)
        {
            case List:
                context.Screen.Ask(texts.Format("StaffRequestsOfStatus", cards.Status(draft.Status)), await ListButtonsAsync(turn));
                break;
            case Card when await RequestQueries.WithPeopleAsync(turn.Update, draft.RequestId) is { } request:
                context.Screen.Ask(CardText(request), new InlineKeyboardMarkup(CardButtons(turn, request)));
                break;
            case Card:
                await turn.Machine.FireAsync(Back);
                break;
            default:
                var counts = await turn.Update.Db.Set<HelpRequest>().GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
                context.Screen.Ask(texts["StaffRequestsTitle"], Turn.Column(Enum.GetValues<RequestStatus>()
                    .Select(s => turn.Button($"{cards.Status(s)} ({counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0})", PickStatus, "status", s.ToString())).ToArray()));
                break;
        }
    }

    private async Task<InlineKeyboardMarkup> ListButtonsAsync(Turn turn)
    {
        var requests = await turn.Update.Db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.Status == turn.Draft.Status).OrderByDescending(r => r.Id).Take(200).ToListAsync();
        return turn.Context.Keyboards.Paged(
            requests.Select(r => turn.Button(cards.Line(r), Open, "open", r.Id.ToString())!).ToList(),
            turn.Draft.Page, p => turn.Data("page", p.ToString()), [turn.Button(texts["ButtonToStatuses"], Back, "back")!]);
    }

    /// <summary>A closed request says so under its card: its status no longer changes.</summary>
    private string CardText(HelpRequest request) =>
        request.IsClosed ? cards.Card(request, CardReader.Staff) + "\n\n" + texts["RequestClosedForStaff"] : cards.Card(request, CardReader.Staff);

    /// <summary>
    /// A done or cancelled request offers no status change; a person who can no longer be reached (erased, or with
    /// neither Telegram nor a phone) is offered no message.
    /// </summary>
    private List<IReadOnlyList<InlineKeyboardButton>> CardButtons(Turn turn, HelpRequest request)
    {
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        var write = PersonContact.CanBeReached(request.Person) ? Button(turn, "ButtonWriteParticipant", "write") : null;
        if (request.IsClosed)
        {
            if (write is not null)
                rows.Add([write]);
            return rows;
        }

        rows.Add(volunteers.Any() ? [Button(turn, "ButtonAssignVolunteer", "assign"), Button(turn, "ButtonTakeByCentre", "centre")] : [Button(turn, "ButtonTakeByCentre", "centre")]);
        rows.Add([Button(turn, "ButtonInProgress", "progress"), Button(turn, "ButtonRequestDone", "done")]);
        rows.Add(write is null ? [Button(turn, "ButtonCancelRequestStaff", "cancel")] : [Button(turn, "ButtonCancelRequestStaff", "cancel"), write]);
        if (request.Kind == RequestKind.Ride)
            rows.Add([Button(turn, "ButtonConfirmRide", "pickup")]);
        return rows;
    }

    /// <summary>A button that opens another flow or changes the request, leaving the card as it is.</summary>
    private InlineKeyboardButton Button(Turn turn, string key, string action) => new(texts[key], turn.Data(action));
}
