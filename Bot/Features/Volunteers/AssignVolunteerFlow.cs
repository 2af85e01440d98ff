using ClubBot.Audit;
using ClubBot.Conversations;
using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Volunteers.AssignState, ClubBot.Features.Volunteers.AssignTrigger, ClubBot.Features.Help.StaffRequestDraft>;

namespace ClubBot.Features.Volunteers;

public enum AssignState
{
    Pick,
    Card,
}

public enum AssignTrigger
{
    Pick,
    TurnPage,
    ByCentre,
    Back,
}

/// <summary>
/// «👤 Назначить волонтёра»: approved volunteers, the request's village first; the one picked is told and given the
/// task. Also how requests reach the volunteers' side (<see cref="IRequestVolunteers"/>).
/// </summary>
public sealed class AssignVolunteerFlow(BotTexts texts, RequestCards cards, RequestNotices notices, TaskAnnouncements announcements, AuditLog audit, RequestStatusChanges changes)
    : MachineFlow<AssignState, AssignTrigger, StaffRequestDraft>(AssignTrigger.Back), IRequestVolunteers
{
    public override string Name => "hv";

    protected override AssignState Initial => AssignState.Pick;

    public override bool IsFor(Audience audience) => audience.IsStaff;

    public override Task StartAsync(FlowContext context) => context.Navigation.LeaveAsync();

    public Task OpenAssignAsync(FlowContext context, long requestId) => BeginAsync(context, new StaffRequestDraft { RequestId = requestId });

    public Task AnnounceAsync(UpdateContext context, HelpRequest request) => announcements.AnnounceAsync(context, request);

    protected override void Configure(Turn turn)
    {
        turn.Machine.Configure(AssignState.Pick)
            .Permit(AssignTrigger.Pick, AssignState.Card)
            .InternalTransitionAsync(AssignTrigger.TurnPage, async _ => turn.Context.Screen.ReplacePressedButtons(await ButtonsAsync(turn)))
            .Permit(AssignTrigger.ByCentre, AssignState.Card)
            .Permit(AssignTrigger.Back, AssignState.Card)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        turn.Machine.Configure(AssignState.Card).OnEntryAsync(_ => turn.Context.Navigation.GoToAsync(StaffRequestsFlow.CardOf(turn.Draft.RequestId)), "back to the request's card");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var data = turn.Pressed(input);
        long.TryParse(data?.Argument, out var id);
        switch (data?.Action)
        {
            case "pick":
                await AssignAsync(turn, id);
                return await turn.FireAsync(AssignTrigger.Pick);
            case "page":
                return await turn.FireAsync(AssignTrigger.TurnPage, () => turn.Draft.Page = (int)Math.Max(0, id));
            case "centre":
                await changes.ChangeAsync(turn.Update, turn.Draft.RequestId, "centre");
                return await turn.FireAsync(AssignTrigger.ByCentre);
            case "back":
                return await turn.FireAsync(AssignTrigger.Back);
            default:
                return false;
        }
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        turn.Draft.Page = 0;
        if (await VolunteersAsync(turn) is { Count: > 0 } volunteers)
        {
            turn.Context.Screen.Ask(texts["AssignTitle"], Buttons(turn, volunteers));
            return;
        }

        // An empty list would leave the coordinator guessing; say why, and offer what can be done instead.
        turn.Context.Screen.Ask(texts["AssignNoVolunteers"], Turn.Column(
            turn.Button(texts["ButtonTakeByCentre"], AssignTrigger.ByCentre, "centre"),
            turn.Button(texts["ButtonBackToRequest"], AssignTrigger.Back, "back")));
    }

    private async Task<InlineKeyboardMarkup> ButtonsAsync(Turn turn) => Buttons(turn, await VolunteersAsync(turn));

    private async Task<List<Person>> VolunteersAsync(Turn turn)
    {
        var request = await RequestQueries.WithPeopleAsync(turn.Update, turn.Draft.RequestId);
        return await turn.Update.Db.Set<Person>().Where(p => p.Volunteer == VolunteerStatus.Approved && p.ErasedAt == null)
            .OrderByDescending(p => p.Settlement == request!.Person!.Settlement).ThenBy(p => p.Name).ToListAsync();
    }

    private InlineKeyboardMarkup Buttons(Turn turn, List<Person> volunteers) => turn.Context.Keyboards.Paged(
        volunteers.Select(v => turn.Button($"{v.Name} · {v.Settlement}", AssignTrigger.Pick, "pick", v.Id.ToString())!).ToList(),
        turn.Draft.Page, p => turn.Data("page", p.ToString()), [turn.Button(texts["ButtonBackToRequest"], AssignTrigger.Back, "back")!]);

    private async Task AssignAsync(Turn turn, long volunteerId)
    {
        var update = turn.Update;
        await RequestLock.LockAsync(update, turn.Draft.RequestId);
        var volunteer = await update.Db.Set<Person>().SingleOrDefaultAsync(p => p.Id == volunteerId && p.Volunteer == VolunteerStatus.Approved);
        if (volunteer is null || await RequestQueries.WithPeopleAsync(update, turn.Draft.RequestId) is not { } request)
            return;
        if (request.IsClosed)
        {
            update.Reply(texts.Format("RequestAlreadyClosed", request.Id, cards.Status(request.Status)));
            return;
        }

        audit.Record(update, AuditActions.RequestAssign, texts.Format("AuditRequestSubject", request.Id, cards.What(request)),
            request.Volunteer?.Name ?? (request.ByStaff ? texts["AuditByCentre"] : null), volunteer.Name);
        request.Volunteer = volunteer;
        request.ByStaff = false;
        request.SetStatus(RequestStatus.Assigned, update.Now);
        notices.TellOrAskToCall(update, request, notices.VolunteerComing(request, volunteer));
        if (volunteer.ChatId is { } chat)
            update.Outbox.SendText(chat, texts["TaskAssignedToYou"] + "\n\n" + cards.Card(request, CardReader.Volunteer), TaskButtons.TakenButtons(texts, request.Id));
    }
}
