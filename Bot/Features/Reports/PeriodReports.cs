using ClubBot.Club;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Reports;

/// <summary>
/// Due work: on the first day of a month, of a quarter and of a year, at <c>Reports:Time</c>, the report of the period
/// just ended goes to all staff. Each is recorded when queued, so it goes once, also after a restart; one missed
/// while the bot was down goes on the first run after, if that is within <c>Reports:CatchUpDays</c>.
/// </summary>
public sealed class PeriodReports(
    IServiceScopeFactory scopes,
    ClubTime clock,
    ReportDelivery delivery,
    BotTexts texts,
    IOptions<ReportsOptions> options,
    StaffDirectory staffDirectory) : IDueWork
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.ToLocal(nowUtc));
        var time = TimeOnly.ParseExact(options.Value.Time, "HH:mm");
        var due = new[] { PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Year }
            .Select(kind => ReportPeriod.Containing(kind, today).Previous())
            .Where(p => nowUtc >= clock.ToUtc(p.To.AddDays(1).ToDateTime(time)) && today <= p.To.AddDays(options.Value.CatchUpDays))
            .ToList();
        if (due.Count == 0)
            return 0;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var keys = due.Select(Key).ToList();
        var sent = await db.Set<SentNotice>().Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct);
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var staff = await staffDirectory.ChatsAsync(db, ct);
        var count = 0;
        foreach (var period in due.Where(p => !sent.Contains(Key(p))))
        {
            var report = await delivery.MakeAsync(db, period, nowUtc, ct);
            foreach (var chat in staff)
            {
                outbox.SendText(chat, texts["ReportScheduledIntro"] + "\n\n" + delivery.Message(report), priority: OutboxPriority.Bulk);
                delivery.SendFiles(outbox, chat, report, OutboxPriority.Bulk);
            }

            db.Add(new SentNotice { Key = Key(period), SentAt = nowUtc });
            count++;
        }

        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(ct);
        return count;
    }

    private static string Key(ReportPeriod period) => "report:" + period.Key;
}
