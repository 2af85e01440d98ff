using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Scheduling;
using ClubBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Surveys;

/// <summary>
/// Due work that offers surveys when their occasions come: after an attended activity ends and after a request
/// is done (with the configured delay, looking back a week so a late attendance mark still counts), the monthly
/// mood check on its day, and the needs survey once after registering. Each occasion is offered once.
/// </summary>
public sealed class SurveyOccasions(IServiceScopeFactory scopes, ClubTime clock, SurveyInvitations invitations, IOptions<SurveyOptions> options) : IDueWork
{
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var o = options.Value;
        var ready = nowUtc.AddHours(-o.InvitationDelayHours);
        var since = nowUtc - LookBack;
        var sent = 0;

        var activities = await db.Set<Activity>()
            .Where(a => a.State != ActivityState.Cancelled && a.EndsAt <= ready && a.EndsAt >= since
                && db.Set<SignUp>().Any(s => s.ActivityId == a.Id && s.Attended == true))
            .Select(a => a.Id).ToListAsync(ct);
        foreach (var id in activities)
            sent += await invitations.AfterActivityAsync(db, outbox, id, nowUtc);

        var requests = await db.Set<HelpRequest>()
            .Where(r => r.Status == RequestStatus.Done && r.UpdatedAt <= ready && r.UpdatedAt >= since)
            .Select(r => r.Id).ToListAsync(ct);
        foreach (var id in requests)
            sent += await invitations.AfterRequestAsync(db, outbox, id, nowUtc) ? 1 : 0;

        var newcomers = await db.Set<Person>()
            .Where(p => p.RegisteredAt <= ready && p.RegisteredAt >= since && p.ErasedAt == null
                && !db.Set<SurveyInvitation>().Any(i => i.PersonId == p.Id && i.Occasion == "needs"))
            .ToListAsync(ct);
        foreach (var person in newcomers)
            sent += await invitations.NeedsAsync(db, outbox, person, nowUtc) ? 1 : 0;

        var local = clock.ToLocal(nowUtc);
        if (local.Day >= o.MonthlyMoodDay && TimeOnly.FromDateTime(local) >= TimeOnly.ParseExact(o.MonthlyMoodTime, "HH:mm"))
            sent += await invitations.MonthlyMoodAsync(db, outbox, new DateOnly(local.Year, local.Month, 1), nowUtc);

        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(ct);
        return sent;
    }
}
