using ClubBot.Audit;
using ClubBot.Pipeline;
using ClubBot.Texts;

namespace ClubBot.Features.Help;

/// <summary>A coordinator's change of a request's status, journalled, with the participant and a withdrawn volunteer told.</summary>
public sealed class RequestStatusChanges(BotTexts texts, RequestCards cards, RequestNotices notices, AuditLog audit)
{
    /// <summary>
    /// Changes the request's status as <paramref name="action"/> says: «centre» (the centre does it itself, also from
    /// the assigning screen when there is no volunteer to give it to), «progress», «done» or «cancel».
    /// </summary>
    public async Task ChangeAsync(UpdateContext update, long requestId, string action)
    {
        await RequestLock.LockAsync(update, requestId);
        if (await RequestQueries.WithPeopleAsync(update, requestId) is not { } request)
            return;
        // A button of an older card: the request was closed since, and stays closed.
        if (request.IsClosed)
        {
            update.Reply(texts.Format("RequestAlreadyClosed", request.Id, cards.Status(request.Status)));
            return;
        }

        var volunteerChat = request.Volunteer?.ChatId;
        var before = cards.Status(request.Status);
        switch (action)
        {
            case "centre":
                request.ByStaff = true;
                request.VolunteerId = null;
                request.Volunteer = null;
                request.SetStatus(RequestStatus.Assigned, update.Now);
                break;
            case "progress":
                request.SetStatus(RequestStatus.InProgress, update.Now);
                break;
            case "done":
                request.SetStatus(RequestStatus.Done, update.Now);
                break;
            case "cancel":
                request.SetStatus(RequestStatus.Cancelled, update.Now);
                break;
        }

        audit.Record(update, AuditActions.RequestStatus, texts.Format("AuditRequestSubject", request.Id, cards.What(request)),
            before, action == "centre" ? texts.Format("AuditAssignedToCentre", cards.Status(request.Status)) : cards.Status(request.Status));
        notices.TellStatus(update, request);
        if (volunteerChat is { } chat && (action is "centre" or "cancel"))
            update.Outbox.SendText(chat, texts.Format("TaskWithdrawnByStaff", request.Id, cards.What(request)));
    }
}
