using ClubBot.Club;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>A forum's sessions as a programme: by time, with seats; a person's own sessions; the one that clashes with a choice.</summary>
public sealed class ForumProgramme(BotTexts texts, ActivityCards cards, ClubTime clock)
{
    /// <summary>The forum's sessions still to come, by start and then as created.</summary>
    public static Task<List<Activity>> SessionsAsync(DbContext db, long forumId, DateTime now) =>
        db.Set<Activity>()
            .Where(a => a.ForumDayId == forumId && a.State == ActivityState.Planned && a.StartsAt > now)
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id).ToListAsync();

    /// <summary>The person's live sign-ups for the forum's sessions still to come, by start.</summary>
    public static Task<List<SignUp>> MineAsync(DbContext db, long forumId, long personId, DateTime now) =>
        db.Set<SignUp>().Include(s => s.Activity)
            .Where(s => s.PersonId == personId && s.State != SignUpState.Cancelled && s.Activity!.ForumDayId == forumId
                && s.Activity.State == ActivityState.Planned && s.Activity.StartsAt > now)
            .OrderBy(s => s.Activity!.StartsAt).ToListAsync();

    /// <summary>The person's sign-up for another session of the same forum at the same time as <paramref name="session"/>, if any.</summary>
    public static async Task<SignUp?> ClashAsync(DbContext db, Activity session, long personId, DateTime now) =>
        session.ForumDayId is not { } forumId ? null : (await MineAsync(db, forumId, personId, now))
            .FirstOrDefault(s => s.ActivityId != session.Id && s.Activity!.StartsAt < session.EndsAt && s.Activity.EndsAt > session.StartsAt);

    /// <summary>The programme: a heading per start time, a numbered line per session with its place and seats, ✅ at the person's own.</summary>
    public string Text(ForumDay forum, IReadOnlyList<Activity> sessions, IReadOnlyDictionary<long, (int Confirmed, int Waiting)> counts, IReadOnlySet<long> mine)
    {
        var lines = new List<string> { texts.Format("ForumProgramme", forum.Title, clock.Day(DateOnly.FromDateTime(clock.ToLocal(sessions[0].StartsAt)))) };
        var n = 0;
        foreach (var slot in sessions.GroupBy(s => s.StartsAt))
        {
            lines.Add("");
            lines.Add(texts.Format("ProgrammeSlot", clock.TimeOfDay(slot.Key), clock.TimeOfDay(slot.Max(s => s.EndsAt))));
            foreach (var session in slot)
                lines.Add($"{++n}. «{session.Title}»" + (session.Place is null ? "" : $" · {session.Place}") + " · "
                    + cards.SeatsLeft(session, counts[session.Id].Confirmed) + (mine.Contains(session.Id) ? " ✅" : ""));
        }

        return string.Join('\n', lines);
    }

    /// <summary>«10:00–12:00 · «Title» · Зал 1», a line per session of the person's own.</summary>
    public string Lines(IEnumerable<Activity> sessions) => string.Join('\n', sessions.Select(s =>
        $"{clock.TimeOfDay(s.StartsAt)}–{clock.TimeOfDay(s.EndsAt)} · «{s.Title}»" + (ActivityCards.Where(s) is { } where ? $" · {where}" : "")));
}
