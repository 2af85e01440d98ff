using ClubBot.Club;
using ClubBot.Outbox;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Activities;

/// <summary>
/// Reminders of activities (P8), computed from the data each run: an edited start moves them, a cancelled
/// activity or sign-up drops them. Each send is recorded. After downtime, the latest due reminder of an
/// activity that has not started goes out; earlier ones are passed over; nothing goes for one that has started.
/// A forum's sessions are reminded together: one message per person for the day, timed by their first session.
/// </summary>
public sealed class ActivityReminders(
    IServiceScopeFactory scopes,
    ClubTime clock,
    BotTexts texts,
    ActivityCards cards,
    ForumProgramme programme,
    IOptions<ReminderOptions> options) : IDueWork
{
    private static Task<string> ForumTitleAsync(BotDbContext db, long forumId, CancellationToken ct) =>
        db.Set<ForumDay>().Where(f => f.Id == forumId).Select(f => f.Title).SingleAsync(ct);

    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var horizon = nowUtc.AddHours(options.Value.HoursBefore.DefaultIfEmpty(0).Max() + 24);
        var signUps = await db.Set<SignUp>().Include(s => s.Activity).Include(s => s.Person)
            .Where(s => s.State == SignUpState.Confirmed && s.Person!.ChatId != null && s.Person.UnreachableSince == null
                && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt > nowUtc && s.Activity.StartsAt <= horizon)
            .ToListAsync(ct);
        var ids = signUps.Select(s => s.Id).ToList();
        var sent = (await db.Set<SentReminder>().Where(r => ids.Contains(r.SignUpId)).Select(r => new { r.SignUpId, r.Offset }).ToListAsync(ct))
            .Select(r => (r.SignUpId, r.Offset)).ToHashSet();

        var count = 0;
        // A forum's sessions for one person go as one reminder, due by the first of them.
        foreach (var group in signUps.GroupBy(s => s.Activity!.ForumDayId is { } forum ? (s.PersonId, forum) : (s.PersonId, -s.Id)))
        {
            var together = group.OrderBy(s => s.Activity!.StartsAt).ToList();
            var first = together[0];
            var due = options.Value.HoursBefore
                .Select(h => (Key: ReminderPlanner.Key(h), At: ReminderPlanner.DueAt(first.Activity!.StartsAt, h, clock.Zone, options.Value)))
                .Where(r => r.At <= nowUtc && together.Any(s => r.At > s.CreatedAt && !sent.Contains((s.Id, r.Key))))
                .OrderBy(r => r.At).ToList();
            if (due.Count == 0)
                continue;
            foreach (var reminder in due)
                foreach (var signUp in together.Where(s => !sent.Contains((s.Id, reminder.Key))))
                    db.Add(new SentReminder { SignUpId = signUp.Id, Offset = reminder.Key, SentAt = nowUtc });
            // Only the latest: two reminders at once after downtime would be noise.
            var text = first.Activity!.ForumDayId is { } forumId
                ? texts.Format("ForumReminder", await ForumTitleAsync(db, forumId, ct), clock.Day(DateOnly.FromDateTime(clock.ToLocal(first.Activity.StartsAt))), programme.Lines(together.Select(s => s.Activity!)))
                : texts.Format("ActivityReminder", cards.Headline(first.Activity), first.Activity.Place ?? first.Activity.Settlement ?? "");
            outbox.SendText(first.Person!.ChatId!.Value, text, ReminderButtons.For(texts, first.Id), OutboxPriority.Bulk);
            count++;
        }

        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(ct);
        return count;
    }
}
