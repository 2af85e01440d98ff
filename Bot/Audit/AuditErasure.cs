using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Audit;

/// <summary>
/// The journal keeps what was done, not who the person was: on erasure their name and phone in journal entries
/// become their record's number («участник № 12»), whether they acted or were acted on.
/// </summary>
public sealed class AuditErasure(BotTexts texts) : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var number = texts.Format("AuditPersonNumber", person.Id);
        // A Telegram first name («Анна») is shared by many: as a mark it would rename other people's entries. The
        // person's own entries are found by their record's id instead.
        var marks = new[] { person.Name, person.Phone, PhoneText.Show(person.Phone) }.Where(m => !string.IsNullOrEmpty(m)).Select(m => m!).ToList();
        var entries = await context.Db.Set<AuditEntry>().Where(e => e.ActorId == person.Id).ToListAsync(ct);
        // One simple query a mark: a string parameter in LIKE translates the same on SQLite and PostgreSQL.
        foreach (var m in marks)
            entries.AddRange(await context.Db.Set<AuditEntry>()
                .Where(e => e.Subject.Contains(m) || (e.Before != null && e.Before.Contains(m)) || (e.After != null && e.After.Contains(m)))
                .ToListAsync(ct));
        foreach (var entry in entries.Distinct())
        {
            if (entry.ActorId == person.Id)
                entry.Actor = number;
            foreach (var mark in marks)
            {
                entry.Subject = entry.Subject.Replace(mark, number, StringComparison.Ordinal);
                entry.Before = entry.Before?.Replace(mark, number, StringComparison.Ordinal);
                entry.After = entry.After?.Replace(mark, number, StringComparison.Ordinal);
            }
        }
    }
}
