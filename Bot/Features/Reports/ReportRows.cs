using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Surveys;
using ClubBot.People;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Reports;

/// <summary>What a report reads, loaded once: small rows, so the arithmetic runs in memory on either database.</summary>
public sealed record ReportRows(
    IReadOnlyList<ReportRows.PersonRow> People,
    IReadOnlyList<ReportRows.SignUpRow> SignUps,
    IReadOnlyList<ReportRows.ActivityRow> Activities,
    IReadOnlyList<ReportRows.RequestRow> Requests,
    IReadOnlyList<AnswerRow> Answers)
{
    public sealed record PersonRow(long Id, DateTime? RegisteredAt, DateTime? ErasedAt, string? Settlement, PersonCategory? Category, DateTime? UnreachableSince);

    /// <summary>An activity; a forum's session names its forum, so the report counts the forum once and its sessions apart.</summary>
    public sealed record ActivityRow(long Id, string Kind, DateTime StartsAt, ActivityState State, long? ForumDayId = null, string? Forum = null);

    public sealed record SignUpRow(long ActivityId, long PersonId, SignUpState State, bool? Attended, bool ByStaff);

    public sealed record RequestRow(long Id, RequestKind Kind, long PersonId, RequestStatus Status, string? Service, string? RideTo, bool EscortNeeded, long? VolunteerId, decimal? HoursSpent, DateTime? ClosedAt);

    /// <summary>Everything from <paramref name="fromUtc"/> (the start of the previous period) to <paramref name="toUtc"/>.</summary>
    public static async Task<ReportRows> LoadAsync(DbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var people = await db.Set<Person>().Where(p => p.RegisteredAt != null)
            .Select(p => new PersonRow(p.Id, p.RegisteredAt, p.ErasedAt, p.Settlement, p.Category, p.UnreachableSince)).ToListAsync(ct);
        var activities = await db.Set<Activity>().Where(a => a.StartsAt >= fromUtc && a.StartsAt < toUtc)
            .Select(a => new ActivityRow(a.Id, a.Kind, a.StartsAt, a.State, a.ForumDayId, db.Set<ForumDay>().Where(f => f.Id == a.ForumDayId).Select(f => f.Title).FirstOrDefault()))
            .ToListAsync(ct);
        var ids = activities.Select(a => a.Id).ToList();
        var signUps = await db.Set<SignUp>().Where(s => ids.Contains(s.ActivityId))
            .Select(s => new SignUpRow(s.ActivityId, s.PersonId, s.State, s.Attended, s.ByStaff)).ToListAsync(ct);
        var requests = await db.Set<HelpRequest>().Where(r => r.ClosedAt >= fromUtc && r.ClosedAt < toUtc)
            .Select(r => new RequestRow(r.Id, r.Kind, r.PersonId, r.Status, r.Service, r.RideTo, r.EscortNeeded, r.VolunteerId, r.HoursSpent, r.ClosedAt)).ToListAsync(ct);
        var answers = (await SurveyResults.LoadAsync(db, fromUtc)).ToList();
        return new ReportRows(people, signUps, activities, requests, answers);
    }
}
