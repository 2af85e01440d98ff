using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Participants;

/// <summary>The staff's look at who has registered: totals, the last week, by category and by settlement.</summary>
public sealed class ParticipantsOverview(BotTexts texts)
{
    private const int TopSettlements = 8;

    public async Task<string> DescribeAsync(DbContext db, DateTime now, CancellationToken ct = default)
    {
        var people = db.Set<Person>();
        var registered = people.Where(p => p.RegisteredAt != null && p.ErasedAt == null);
        var total = await registered.CountAsync(ct);
        var weekAgo = now.AddDays(-7);
        var newThisWeek = await registered.CountAsync(p => p.RegisteredAt >= weekAgo, ct);
        var erased = await people.CountAsync(p => p.ErasedAt != null, ct);
        var byCategory = await registered.GroupBy(p => p.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bySettlement = await registered.GroupBy(p => p.Settlement).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(TopSettlements).ToListAsync(ct);

        var lines = new List<string> { texts.Format("ParticipantsTotals", total, newThisWeek, erased) };
        if (total > 0)
        {
            lines.Add("");
            lines.Add(texts["ParticipantsByCategory"]);
            lines.AddRange(byCategory.OrderBy(c => c.Key).Select(c => $"• {(c.Key is { } k ? Profile.CategoryName(texts, k) : texts["NotGiven"])}: {c.Count}"));
            lines.Add("");
            lines.Add(texts["ParticipantsBySettlement"]);
            lines.AddRange(bySettlement.Select(s => $"• {s.Key ?? texts["NotGiven"]}: {s.Count}"));
        }

        return string.Join('\n', lines);
    }
}
