using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>The reads the activity screens share.</summary>
public static class ActivityQueries
{
    public static IQueryable<Activity> Upcoming(DbContext db, DateTime now, string? kind = null) =>
        db.Set<Activity>()
            .Where(a => a.State == ActivityState.Planned && a.StartsAt > now && (kind == null || a.Kind == kind))
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id);

    /// <summary>Confirmed and waiting counts per activity.</summary>
    public static async Task<Dictionary<long, (int Confirmed, int Waiting)>> CountsAsync(DbContext db, IReadOnlyCollection<long> ids)
    {
        var rows = await db.Set<SignUp>()
            .Where(s => ids.Contains(s.ActivityId) && s.State != SignUpState.Cancelled)
            .GroupBy(s => new { s.ActivityId, s.State })
            .Select(g => new { g.Key.ActivityId, g.Key.State, Count = g.Count() })
            .ToListAsync();
        return ids.ToDictionary(
            id => id,
            id => (rows.Where(r => r.ActivityId == id && r.State == SignUpState.Confirmed).Sum(r => r.Count),
                   rows.Where(r => r.ActivityId == id && r.State == SignUpState.Waiting).Sum(r => r.Count)));
    }

    public static async Task<(int Confirmed, int Waiting)> CountsAsync(DbContext db, long id) => (await CountsAsync(db, [id]))[id];
}
