using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Help.MyRequestsState, ClubBot.Features.Help.MyRequestsTrigger, ClubBot.Features.Help.MyRequestsFlow.Selection>;

namespace ClubBot.Features.Help;

public enum MyRequestsState
{
    List,
    ConfirmCancel,
    Cancelled,
    Closed,
}

public enum MyRequestsTrigger
{
    Cancel,
    Confirm,
    Back,
}

/// <summary>«📋 Мои заявки»: the person's requests with their status; open ones can be cancelled after a confirmation.</summary>
public sealed class MyRequestsFlow(BotTexts texts, RequestCards cards)
    : MachineFlow<MyRequestsState, MyRequestsTrigger, MyRequestsFlow.Selection>(MyRequestsTrigger.Back)
{
    public override string Name => "mr";

    protected override MyRequestsState Initial => MyRequestsState.List;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(MyRequestsState.List)
            .Permit(MyRequestsTrigger.Cancel, MyRequestsState.ConfirmCancel)
            .Permit(MyRequestsTrigger.Back, MyRequestsState.Closed)
            .OnEntry(_ => ShowStepAsync(turn));
        m.Configure(MyRequestsState.ConfirmCancel)
            .Permit(MyRequestsTrigger.Confirm, MyRequestsState.Cancelled)
            .Permit(MyRequestsTrigger.Back, MyRequestsState.List)
            .OnEntry(_ => ShowStepAsync(turn));
        m.Configure(MyRequestsState.Cancelled).OnEntry(_ => CancelAsync(turn.Context, turn.Draft));
        m.Configure(MyRequestsState.Closed).OnEntry(_ => turn.Context.LeaveAsync());
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var data = turn.Pressed(input);
        return (turn.State, data?.Action) switch
        {
            // Only the person's own open request can be named here, whatever the button says.
            (MyRequestsState.List, "cancel") when long.TryParse(data!.Argument, out var id) && await OwnOpenAsync(turn.Context, id) is not null =>
                await turn.FireAsync(MyRequestsTrigger.Cancel, () => turn.Draft.RequestId = id),
            (MyRequestsState.ConfirmCancel, "yes") => await turn.FireAsync(MyRequestsTrigger.Confirm),
            (MyRequestsState.ConfirmCancel, "no") => await turn.FireAsync(MyRequestsTrigger.Back),
            _ => false,
        };
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var context = turn.Context;
        if (turn.State == MyRequestsState.ConfirmCancel)
        {
            if (await OwnOpenAsync(context, turn.Draft.RequestId) is not { } request)
            {
                await turn.Machine.FireAsync(MyRequestsTrigger.Back);
                return;
            }

            context.Ask(texts.Format("ConfirmCancelRequest", request.Id, cards.What(request)), Turn.Column(
                turn.Button(texts["ButtonYesCancel"], MyRequestsTrigger.Confirm, "yes"),
                turn.Button(texts["ButtonNo"], MyRequestsTrigger.Back, "no")));
            return;
        }

        var mine = await context.Update.Db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.PersonId == context.Person!.Id)
            .OrderByDescending(r => r.Id).Take(Keyboards.MaxButtons).ToListAsync();
        if (mine.Count == 0)
        {
            await context.LeaveAsync(texts["NoRequests"]);
            return;
        }

        var lines = mine.Select(r => $"• № {r.Id} · {cards.What(r)} — {cards.Status(r.Status)}");
        context.Ask(texts["MyRequestsTitle"] + "\n\n" + string.Join('\n', lines), Turn.Column(mine.Where(IsOpen)
            .Select(r => turn.Button(texts.Format("ButtonCancelRequest", r.Id), MyRequestsTrigger.Cancel, "cancel", r.Id.ToString())).ToArray()));
    }

    private async Task CancelAsync(FlowContext context, Selection draft)
    {
        var request = await OwnOpenAsync(context, draft.RequestId);
        if (request is null)
        {
            await context.LeaveAsync(texts["RequestNotOpen"]);
            return;
        }

        await RequestLock.LockAsync(context.Update, request.Id);
        await context.Update.Db.Entry(request).ReloadAsync();
        if (!IsOpen(request))
        {
            await context.LeaveAsync(texts["RequestNotOpen"]);
            return;
        }

        request.Status = RequestStatus.Cancelled;
        request.UpdatedAt = context.Update.Now;
        if (request.VolunteerId is { } volunteerId && await context.Update.Db.Set<ClubBot.People.Person>().FindAsync(volunteerId) is { ChatId: { } chat })
            context.Update.Outbox.SendText(chat, texts.Format("TaskCancelledByParticipant", request.Id, cards.What(request)));
        await context.LeaveAsync(texts.Format("RequestCancelled", request.Id));
    }

    private static bool IsOpen(HelpRequest r) => r.Status is RequestStatus.New or RequestStatus.Assigned or RequestStatus.InProgress;

    private static Task<HelpRequest?> OwnOpenAsync(FlowContext context, long id) =>
        context.Update.Db.Set<HelpRequest>().Include(r => r.Person)
            .SingleOrDefaultAsync(r => r.Id == id && r.PersonId == context.Person!.Id && r.Status != RequestStatus.Done && r.Status != RequestStatus.Cancelled);

    public sealed class Selection
    {
        public long RequestId { get; set; }
    }
}
