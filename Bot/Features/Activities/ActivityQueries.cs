using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>The reads the activity screens share.</summary>
public static class ActivityQueries
{
    public static IQueryable<Activity> Upcoming(DbContext db, DateTime now, string? kind = null) =>
        db.Set<Activity>()
            .Where(a => a.State == ActivityState.Planned && a.StartsAt > now && (kind == null || a.Kind == kind))
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id);

    /// <summary>
    /// What the catalogue lists: each one-off; of each series only its next date (the card shows the rest); of each forum
    /// only its first session still to come, which stands for the forum and opens its programme.
    /// </summary>
    public static IQueryable<Activity> Listed(DbContext db, DateTime now, string? kind = null) =>
        Upcoming(db, now, kind)
            .Where(a => a.SeriesId == null || !db.Set<Activity>().Any(b =>
                b.SeriesId == a.SeriesId && b.State == ActivityState.Planned && b.StartsAt > now && (b.StartsAt < a.StartsAt || (b.StartsAt == a.StartsAt && b.Id < a.Id))))
            .Where(a => a.ForumDayId == null || !db.Set<Activity>().Any(b =>
                b.ForumDayId == a.ForumDayId && b.State == ActivityState.Planned && b.StartsAt > now && (kind == null || b.Kind == kind)
                && (b.StartsAt < a.StartsAt || (b.StartsAt == a.StartsAt && b.Id < a.Id))));

    /// <summary>The weekdays of each series named, for the lines and cards that say its rhythm.</summary>
    public static Task<Dictionary<long, int>> WeekdaysAsync(DbContext db, IEnumerable<long?> seriesIds)
    {
        var ids = seriesIds.OfType<long>().Distinct().ToList();
        return db.Set<ActivitySeries>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Weekdays);
    }

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
