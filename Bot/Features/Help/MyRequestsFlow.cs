using ClubBot.Conversations;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>«📋 Мои заявки»: the person's requests with their status; open ones can be cancelled after a confirmation.</summary>
public sealed class MyRequestsFlow(BotTexts texts, RequestCards cards) : IFlow
{
    private const string List = "List";
    private const string ConfirmCancel = "ConfirmCancel";

    public string Name => "mr";

    public Task StartAsync(FlowContext context)
    {
        context.Session.State = List;
        return ShowAsync(context);
    }

    public async Task ShowAsync(FlowContext context)
    {
        if (context.Session.State == ConfirmCancel && await OwnOpenAsync(context, context.Draft<Selection>().RequestId) is { } request)
        {
            context.Ask(texts.Format("ConfirmCancelRequest", request.Id, cards.What(request)), new InlineKeyboardMarkup(
            [
                [new InlineKeyboardButton(texts["ButtonYesCancel"], CallbackData.Make(Name, ConfirmCancel, "yes"))],
                [new InlineKeyboardButton(texts["ButtonNo"], CallbackData.Make(Name, ConfirmCancel, "no"))],
            ]));
            return;
        }

        context.Session.State = List;
        var mine = await context.Update.Db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.PersonId == context.Person!.Id)
            .OrderByDescending(r => r.Id).Take(Keyboards.MaxButtons).ToListAsync();
        if (mine.Count == 0)
        {
            await context.LeaveAsync(texts["NoRequests"]);
            return;
        }

        var lines = mine.Select(r => $"• № {r.Id} · {cards.What(r)} — {cards.Status(r.Status)}");
        var open = mine.Where(IsOpen).ToList();
        context.Ask(texts["MyRequestsTitle"] + "\n\n" + string.Join('\n', lines), new InlineKeyboardMarkup(open
            .Select(r => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(texts.Format("ButtonCancelRequest", r.Id), CallbackData.Make(Name, List, "cancel", r.Id.ToString()))])
            .ToList()));
    }

    public async Task BackAsync(FlowContext context)
    {
        if (context.Session.State == ConfirmCancel)
            await StartAsync(context);
        else
            await context.LeaveAsync();
    }

    public async Task HandleAsync(FlowContext context, Input input)
    {
        var state = context.Session.State ?? List;
        var data = context.ButtonFor(input, Name, state);
        // Only the person's own open request can be named here, whatever the button says.
        if (state == List && data is { Action: "cancel" } && long.TryParse(data.Argument, out var id) && await OwnOpenAsync(context, id) is not null)
        {
            context.RemovePressedButtons();
            context.Session.State = ConfirmCancel;
            context.SaveDraft(new Selection { RequestId = id });
            await ShowAsync(context);
        }
        else if (state == ConfirmCancel && data is { Action: "yes" })
        {
            context.RemovePressedButtons();
            await CancelAsync(context);
        }
        else if (state == ConfirmCancel && data is { Action: "no" })
        {
            context.RemovePressedButtons();
            await StartAsync(context);
        }
        else
        {
            context.AnswerWrongInput(input);
            await ShowAsync(context);
        }
    }

    private async Task CancelAsync(FlowContext context)
    {
        var request = await OwnOpenAsync(context, context.Draft<Selection>().RequestId);
        if (request is null)
        {
            await context.LeaveAsync(texts["RequestNotOpen"]);
            return;
        }

        await ClubBot.Features.Volunteers.TaskBoard.LockAsync(context.Update, request.Id);
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
