using ClubBot.Features.Activities;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>The open rides booked with sign-ups for one activity, grouped into trips: one per village, in name order.</summary>
public static class ActivityTrips
{
    public sealed record Trip(string From, IReadOnlyList<HelpRequest> Rides)
    {
        /// <summary>«Анна Петрова, Пётр Сидоров»: who rides, as staff read it.</summary>
        public string Riders(BotTexts texts) => string.Join(", ", Rides.Select(r => r.Person?.Name ?? texts["NameErased"]));
    }

    public static async Task<IReadOnlyList<Trip>> OfAsync(UpdateContext context, long activityId)
    {
        var signUps = context.Db.Set<SignUp>().Where(s => s.ActivityId == activityId && s.State != SignUpState.Cancelled).Select(s => (long?)s.Id);
        var rides = await context.Db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => signUps.Contains(r.SignUpId) && r.Status != RequestStatus.Done && r.Status != RequestStatus.Cancelled)
            .ToListAsync();
        return rides.GroupBy(r => r.RideFrom ?? "").OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new Trip(g.Key, g.OrderBy(r => r.Id).ToList())).ToList();
    }
}
