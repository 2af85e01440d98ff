using ClubBot.Club;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

/// <summary>
/// A person who leaves: their open requests and rides are cancelled (the volunteer and staff are told the number,
/// kind and day only), every request of theirs loses its address, description, photo, the ride's start and a
/// destination that is not one of the centre's places, and tasks they took as a volunteer go back on the board.
/// Kind, service, the centre's destinations and dates stay for the centre's counts.
/// </summary>
internal sealed class RequestsErasure(BotTexts texts, RequestCards cards, ClubTime clock, IOptions<HelpOptions> help, StaffDirectory staff) : IPersonalData
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
                request.SetStatus(RequestStatus.Cancelled, context.Now);
                var notice = CancelledNotice(request);
                if (request.Volunteer?.ChatId is { } volunteer)
                    context.Outbox.SendText(volunteer, notice);
                foreach (var chat in staffChats)
                    context.Outbox.SendText(chat, notice);
            }

            request.Address = null;
            request.Details = null;
            request.PhotoFileId = null;
            // Where a ride started is a home address; where it went stays only when it is one of the centre's places.
            request.RideFrom = null;
            if (request.RideTo is { } to && !help.Value.RideDestinations.Contains(to, StringComparer.Ordinal))
                request.RideTo = null;
        }

        var taken = await db.Set<HelpRequest>()
            .Where(r => r.VolunteerId == person.Id && (r.Status == RequestStatus.Assigned || r.Status == RequestStatus.InProgress)).ToListAsync(ct);
        foreach (var task in taken)
        {
            await RequestLock.LockAsync(context, task.Id);
            task.VolunteerId = null;
            task.SetStatus(RequestStatus.New, context.Now);
            foreach (var chat in staffChats)
                context.Outbox.SendText(chat, texts.Format("TaskFreedDataErased", task.Id, cards.What(task)));
        }
    }

    /// <summary>Number, kind and day only: the place or the destination could name the person.</summary>
    private string CancelledNotice(HelpRequest request)
    {
        var day = request.Day is { } d ? cards.Day(d) : clock.Day(DateOnly.FromDateTime(clock.ToLocal(request.CreatedAt)));
        var notice = texts.Format("RequestCancelledDataErased", request.Id, texts[$"RequestKind{request.Kind}"], day);
        return request.PickupAt is { } pickup ? notice + "\n" + texts.Format("ErasedRidePickupOff", clock.TimeOfDay(pickup)) : notice;
    }

    public async Task<string?> DescribeAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var own = await context.Db.Set<HelpRequest>().Include(r => r.Person).Where(r => r.PersonId == person.Id).OrderByDescending(r => r.Id).Take(20).ToListAsync(ct);
        return own.Count == 0 ? null : texts["MyDataRequests"] + "\n" + string.Join('\n', own.Select(r =>
            $"• № {r.Id} · {cards.What(r)} — {cards.Status(r.Status)}" + ((r.Address ?? r.RideFrom) is { } place ? texts.Format("MyDataAddress", place) : "")));
    }
}
