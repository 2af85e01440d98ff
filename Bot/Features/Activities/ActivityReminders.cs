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
/// </summary>
public sealed class ActivityReminders(
    IServiceScopeFactory scopes,
    ClubTime clock,
    BotTexts texts,
    ActivityCards cards,
    IOptions<ReminderOptions> options) : IDueWork
{
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
        foreach (var signUp in signUps)
        {
            var due = options.Value.HoursBefore
                .Select(h => (Key: ReminderPlanner.Key(h), At: ReminderPlanner.DueAt(signUp.Activity!.StartsAt, h, clock.Zone, options.Value)))
                .Where(r => r.At <= nowUtc && r.At > signUp.CreatedAt && !sent.Contains((signUp.Id, r.Key)))
                .OrderBy(r => r.At).ToList();
            if (due.Count == 0)
                continue;
            foreach (var reminder in due)
                db.Add(new SentReminder { SignUpId = signUp.Id, Offset = reminder.Key, SentAt = nowUtc });
            // Only the latest: two reminders at once after downtime would be noise.
            outbox.SendText(signUp.Person!.ChatId!.Value, texts.Format("ActivityReminder", cards.Headline(signUp.Activity!), signUp.Activity!.Place ?? signUp.Activity.Settlement ?? ""),
                ReminderButtons.For(texts, signUp.Id), OutboxPriority.Bulk);
            count++;
        }

        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(ct);
        return count;
    }
}
