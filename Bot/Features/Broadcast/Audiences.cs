using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Broadcast;

public enum AudienceKind
{
    Everyone = 0,
    Settlement = 1,
    Interest = 2,
    Activity = 3,
    Volunteers = 4,
    TookPart = 5,
}

/// <summary>Who a broadcast reaches: those the bot can write to, and those without Telegram whom staff must call.</summary>
public sealed record AudienceMembers(IReadOnlyList<Person> InTelegram, IReadOnlyList<Person> ByPhone);

/// <summary>Finds the people of an audience: registered, not erased; the bot writes only to those it can still reach.</summary>
public static class Audiences
{
    public static async Task<AudienceMembers> ResolveAsync(DbContext db, AudienceKind kind, string? argument, DateTime nowUtc)
    {
        var people = db.Set<Person>().Where(p => p.RegisteredAt != null && p.ErasedAt == null);
        IQueryable<Person> chosen = kind switch
        {
            AudienceKind.Settlement => people.Where(p => p.Settlement == argument),
            AudienceKind.Volunteers => people.Where(p => p.Volunteer == VolunteerStatus.Approved),
            AudienceKind.Activity when long.TryParse(argument, out var id) =>
                people.Where(p => db.Set<SignUp>().Any(s => s.ActivityId == id && s.PersonId == p.Id && s.State != SignUpState.Cancelled)),
            AudienceKind.TookPart when int.TryParse(argument, out var days) => TookPart(db, people, nowUtc.AddDays(-days), nowUtc),
            AudienceKind.Everyone or AudienceKind.Interest => people,
            _ => people.Where(_ => false),
        };
        var list = await chosen.OrderBy(p => p.Id).ToListAsync();
        // Interests are stored one per line; matched in memory so a name inside another never counts.
        if (kind == AudienceKind.Interest)
            list = list.Where(p => Profile.SplitInterests(p.Interests).Contains(argument ?? "")).ToList();
        return new AudienceMembers(
            list.Where(p => p.ChatId is not null && p.UnreachableSince is null).ToList(),
            list.Where(p => p.ChatId is null && p.Phone is not null).ToList());
    }

    private static IQueryable<Person> TookPart(DbContext db, IQueryable<Person> people, DateTime since, DateTime until) =>
        people.Where(p =>
            db.Set<SignUp>().Any(s => s.PersonId == p.Id && s.Attended == true && s.Activity!.StartsAt >= since && s.Activity.StartsAt < until)
            || db.Set<HelpRequest>().Any(r => r.PersonId == p.Id && r.CreatedAt >= since && r.Status != RequestStatus.Cancelled));
}
