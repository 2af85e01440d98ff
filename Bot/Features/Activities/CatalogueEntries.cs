using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>How each entry of a catalogue page reads: a one-off or a series' next date as its line, a forum as itself.</summary>
public sealed class CatalogueEntries(BotTexts texts, ActivityCards cards, SeriesDates series)
{
    /// <summary>The line under the list's heading and the label of the entry's button, for each activity of the page.</summary>
    public async Task<IReadOnlyList<(string Line, string Label)>> DescribeAsync(DbContext db, IReadOnlyList<Activity> page, DateTime now)
    {
        var counts = await ActivityQueries.CountsAsync(db, page.Select(a => a.Id).ToList());
        var weekdays = await ActivityQueries.WeekdaysAsync(db, page.Select(a => a.SeriesId));
        var forumIds = page.Select(a => a.ForumDayId).OfType<long>().ToList();
        var forums = await db.Set<ForumDay>().Where(f => forumIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id);
        var sessions = await db.Set<Activity>()
            .Where(a => a.ForumDayId != null && forumIds.Contains(a.ForumDayId.Value) && a.State == ActivityState.Planned && a.StartsAt > now)
            .GroupBy(a => a.ForumDayId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return page.Select(a => a.ForumDayId is { } f && forums.TryGetValue(f, out var forum)
            ? ($"{cards.When(a)} · " + texts.Format("ListForum", forum.Title, texts.Count(sessions.GetValueOrDefault(f), "NounPlatform")), forum.Title)
            : (cards.ListLine(a, counts[a.Id].Confirmed) + (a.SeriesId is { } s && weekdays.TryGetValue(s, out var w) ? " · " + texts.Format("ListSeries", series.Rhythm(w)) : ""), a.Title))
            .ToList();
    }
}
