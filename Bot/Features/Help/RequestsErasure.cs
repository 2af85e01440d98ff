using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>
/// A person who leaves: their open requests and rides are cancelled (the volunteer and staff are told, by number
/// only), every request of theirs loses its address, description and photo, and tasks they took as a volunteer
/// go back on the board. Kind, service, settlements and dates stay for the centre's counts.
/// </summary>
internal sealed class RequestsErasure(BotTexts texts, RequestCards cards, StaffDirectory staff) : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var db = context.Db;
        var staffChats = await staff.ChatsAsync(db, ct);
        var own = await db.Set<HelpRequest>().Include(r => r.Volunteer).Where(r => r.PersonId == person.Id).OrderBy(r => r.Id).ToListAsync(ct);
        foreach (var request in own)
        {
            if (request.Status is RequestStatus.New or RequestStatus.Assigned or RequestStatus.InProgress)
            {
                await RequestLock.LockAsync(context, request.Id);
                request.Status = RequestStatus.Cancelled;
                request.UpdatedAt = context.Now;
                var notice = texts.Format("RequestCancelledDataErased", request.Id, cards.What(request));
                if (request.Volunteer?.ChatId is { } volunteer)
                    context.Outbox.SendText(volunteer, notice);
                foreach (var chat in staffChats)
                    context.Outbox.SendText(chat, notice);
            }

            request.Address = null;
            request.Details = null;
            request.PhotoFileId = null;
        }

        var taken = await db.Set<HelpRequest>()
            .Where(r => r.VolunteerId == person.Id && (r.Status == RequestStatus.Assigned || r.Status == RequestStatus.InProgress)).ToListAsync(ct);
        foreach (var task in taken)
        {
            await RequestLock.LockAsync(context, task.Id);
            task.VolunteerId = null;
            task.Status = RequestStatus.New;
            task.UpdatedAt = context.Now;
            foreach (var chat in staffChats)
                context.Outbox.SendText(chat, texts.Format("TaskFreedDataErased", task.Id, cards.What(task)));
        }
    }

    public async Task<string?> DescribeAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var own = await context.Db.Set<HelpRequest>().Include(r => r.Person).Where(r => r.PersonId == person.Id).OrderByDescending(r => r.Id).Take(20).ToListAsync(ct);
        return own.Count == 0 ? null : texts["MyDataRequests"] + "\n" + string.Join('\n', own.Select(r =>
            $"• № {r.Id} · {cards.What(r)} — {cards.Status(r.Status)}" + ((r.Address ?? r.RideFrom) is { } place ? texts.Format("MyDataAddress", place) : "")));
    }
}
