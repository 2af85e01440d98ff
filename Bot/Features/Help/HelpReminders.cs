using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Outbox;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>
/// Due work: reminders of a confirmed ride to the participant (before the pickup time), and of a taken task to
/// its volunteer (before the pickup, or the start of the part of day a household visit was asked for). Same
/// offsets and night rule as activity reminders; each goes once.
/// </summary>
public sealed class HelpReminders(IServiceScopeFactory scopes, ClubTime clock, BotTexts texts, RequestCards cards, IOptions<ReminderOptions> options) : IDueWork
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var open = await db.Set<HelpRequest>().Include(r => r.Person).Include(r => r.Volunteer)
            .Where(r => r.Status == RequestStatus.Assigned || r.Status == RequestStatus.InProgress).ToListAsync(ct);
        var keys = await db.Set<SentNotice>().Where(n => n.Key.StartsWith("ride:") || n.Key.StartsWith("task:")).Select(n => n.Key).ToListAsync(ct);
        var sent = keys.ToHashSet();
        var count = 0;
        foreach (var request in open)
        {
            if (request.Kind == RequestKind.Ride && request.PickupAt is { } pickup && request.Person?.ChatId is { } participant)
                count += Remind(db, outbox, sent, $"ride:{request.Id}", pickup, request.UpdatedAt, nowUtc, participant,
                    texts.Format("RideReminder", request.Id, request.RideTo, clock.When(pickup)), RideReminderButtons.For(texts, request.Id));
            if (StartOf(request) is { } starts && request.Volunteer?.ChatId is { } volunteer)
                count += Remind(db, outbox, sent, $"task:{request.Id}:{request.VolunteerId}", starts, request.UpdatedAt, nowUtc, volunteer,
                    texts.Format("TaskReminder", request.Id, cards.What(request), clock.When(starts)) + "\n\n" + cards.Card(request, CardReader.Volunteer), null);
        }

        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(ct);
        return count;
    }

    /// <summary>Sends the latest due reminder for <paramref name="key"/>, recording every due offset as done.</summary>
    private int Remind(BotDbContext db, OutboxWriter outbox, HashSet<string> sent, string key, DateTime starts, DateTime arranged, DateTime now, long chat, string text, InlineKeyboardMarkup? buttons)
    {
        if (starts <= now)
            return 0;
        var due = options.Value.HoursBefore
            .Select(h => (Key: $"{key}:{ReminderPlanner.Key(h)}", At: ReminderPlanner.DueAt(starts, h, clock.Zone, options.Value)))
            .Where(r => r.At <= now && r.At > arranged && !sent.Contains(r.Key)).ToList();
        if (due.Count == 0)
            return 0;
        foreach (var (k, _) in due)
        {
            db.Add(new SentNotice { Key = k, SentAt = now });
            sent.Add(k);
        }

        outbox.SendText(chat, text, buttons, OutboxPriority.Bulk);
        return 1;
    }

    /// <summary>When the volunteer is expected: the ride's pickup, or the start of the asked-for part of the day.</summary>
    private DateTime? StartOf(HelpRequest r)
    {
        if (r.PickupAt is { } pickup)
            return pickup;
        if (r.Day is not { } day)
            return null;
        var hour = r.PartOfDay switch { PartOfDay.Afternoon => 12, PartOfDay.Evening => 17, _ => 9 };
        return clock.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));
    }
}
