using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.CancelFromListState, ClubBot.Conversations.CancelFromListTrigger, ClubBot.Conversations.CancelFromListDraft>;

namespace ClubBot.Features.Help;

/// <summary>«📋 Мои заявки»: the person's requests with their status; open ones can be cancelled after a confirmation.</summary>
public sealed class MyRequestsFlow(BotTexts texts, RequestCards cards) : CancelFromListFlow<HelpRequest>
{
    public override string Name => "mr";

    protected override async Task ShowListAsync(Turn turn)
    {
        var context = turn.Context;
        var mine = await context.Update.Db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.PersonId == context.Person!.Id)
            .OrderByDescending(r => r.Id).Take(Keyboards.MaxButtons).ToListAsync();
        if (mine.Count == 0)
        {
            await context.Navigation.LeaveAsync(texts["NoRequests"]);
            return;
        }

        var lines = mine.Select(r => $"• № {r.Id} · {cards.What(r)}" + (r.Day is { } day ? $" · {cards.Day(day)}" : "") + $" — {cards.Status(r.Status)}");
        context.Screen.Ask(texts["MyRequestsTitle"] + "\n\n" + string.Join('\n', lines), Turn.Column(mine.Where(IsOpen)
            .Select(r => CancelButton(turn, texts.Format("ButtonCancelRequest", r.Id), r.Id)).ToArray()));
    }

    protected override string ConfirmText(HelpRequest request) => texts.Format("ConfirmCancelRequest", request.Id, cards.What(request));

    protected override async Task CancelAsync(FlowContext context, HelpRequest? request)
    {
        if (request is null)
        {
            await context.Navigation.LeaveAsync(texts["RequestNotOpen"]);
            return;
        }

        await RequestLock.LockAsync(context.Update, request.Id);
        await context.Update.Db.Entry(request).ReloadAsync();
        if (!IsOpen(request))
        {
            await context.Navigation.LeaveAsync(texts["RequestNotOpen"]);
            return;
        }

        request.SetStatus(RequestStatus.Cancelled, context.Update.Now);
        if (request.VolunteerId is { } volunteerId && await context.Update.Db.Set<ClubBot.People.Person>().FindAsync(volunteerId) is { ChatId: { } chat })
            context.Update.Outbox.SendText(chat, texts.Format("TaskCancelledByParticipant", request.Id, cards.What(request)));
        await context.Navigation.LeaveAsync(texts.Format("RequestCancelled", request.Id));
    }

    private static bool IsOpen(HelpRequest r) => r.Status is RequestStatus.New or RequestStatus.Assigned or RequestStatus.InProgress;

    protected override Task<HelpRequest?> OwnAsync(FlowContext context, long id) =>
        context.Update.Db.Set<HelpRequest>().Include(r => r.Person)
            .SingleOrDefaultAsync(r => r.Id == id && r.PersonId == context.Person!.Id && r.Status != RequestStatus.Done && r.Status != RequestStatus.Cancelled);
}
