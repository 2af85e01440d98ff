using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Volunteers;

public enum TakeOutcome
{
    Taken,
    SomeoneElseWasFaster,
    NotAllowed,
}

/// <summary>
/// Volunteers' tasks: open requests a volunteer may do, the same settlement first. Taking, releasing and
/// finishing run under the request's lock, so of two volunteers pressing «Взять» at once exactly one holds it.
/// </summary>
public sealed class TaskBoard(BotTexts texts, RequestCards cards, RequestNotices notices, TaskAnnouncements announcements)
{
    public static Task<List<HelpRequest>> OpenTasksAsync(DbContext db, Person volunteer) =>
        db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.ForVolunteers && r.Status == RequestStatus.New && r.VolunteerId == null && !r.ByStaff && r.PersonId != volunteer.Id)
            .OrderByDescending(r => r.Person!.Settlement == volunteer.Settlement).ThenBy(r => r.Id)
            .ToListAsync();

    public static Task<List<HelpRequest>> TakenByAsync(DbContext db, Person volunteer) =>
        db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.VolunteerId == volunteer.Id && (r.Status == RequestStatus.Assigned || r.Status == RequestStatus.InProgress))
            .OrderBy(r => r.Id).ToListAsync();

    public async Task<TakeOutcome> TakeAsync(UpdateContext context, long requestId, Person volunteer)
    {
        if (volunteer.Volunteer != VolunteerStatus.Approved)
            return TakeOutcome.NotAllowed;
        await RequestLock.LockAsync(context, requestId);
        var request = await context.Db.Set<HelpRequest>().Include(r => r.Person).SingleOrDefaultAsync(r => r.Id == requestId);
        if (request is null || !request.ForVolunteers || request.PersonId == volunteer.Id)
            return TakeOutcome.NotAllowed;
        if (request.Status != RequestStatus.New || request.VolunteerId is not null || request.ByStaff)
            return TakeOutcome.SomeoneElseWasFaster;

        request.Volunteer = volunteer;
        request.SetStatus(RequestStatus.Assigned, context.Now);
        // Written now, inside the update's transaction, so what follows in this update reads the task as taken.
        await context.FlushAsync();
        notices.TellParticipant(context, request, notices.VolunteerComing(request, volunteer));
        return TakeOutcome.Taken;
    }

    /// <summary>The volunteer's own taken task, or null — whatever id a button carries.</summary>
    public static async Task<HelpRequest?> OwnTakenAsync(UpdateContext context, long requestId, Person volunteer)
    {
        await RequestLock.LockAsync(context, requestId);
        return await context.Db.Set<HelpRequest>().Include(r => r.Person).Include(r => r.Volunteer)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.VolunteerId == volunteer.Id && (r.Status == RequestStatus.Assigned || r.Status == RequestStatus.InProgress));
    }

    public async Task ReleaseAsync(UpdateContext context, HelpRequest request)
    {
        var releasedBy = request.VolunteerId;
        request.VolunteerId = null;
        request.Volunteer = null;
        request.SetStatus(RequestStatus.New, context.Now);
        notices.TellParticipant(context, request, texts.Format("VolunteerReleasedYourRequest", request.Id, cards.What(request)));
        await announcements.AnnounceAsync(context, request, except: releasedBy);
    }

    public void Complete(UpdateContext context, HelpRequest request, decimal hours)
    {
        request.SetStatus(RequestStatus.Done, context.Now);
        request.HoursSpent = hours;
        notices.TellParticipant(context, request, texts.Format("RequestDone", request.Id, cards.What(request)));
    }
}
