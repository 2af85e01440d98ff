using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>
/// The centre's car for someone from another village who signs up for an activity: offered once, booked as an
/// ordinary ride for the activity's day (staff see it, set the pickup, the report counts it with the other rides),
/// and cancelled with the sign-up.
/// </summary>
public sealed class SignUpRides(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock) : ISignUpRides
{
    public async Task<bool> WorthOfferingAsync(UpdateContext context, Person person, Activity activity, SignUp signUp)
    {
        if (person.Settlement is not { } home || activity.Settlement is not { } there
            || string.Equals(home.Trim(), there.Trim(), StringComparison.CurrentCultureIgnoreCase))
            return false;
        return signUp.Id == 0 || !await context.Db.Set<HelpRequest>().AnyAsync(r => r.SignUpId == signUp.Id && r.Status != RequestStatus.Cancelled);
    }

    public async Task<string> BookAsync(UpdateContext context, Person person, Activity activity, SignUp signUp)
    {
        // The sign-up's number is needed for the link: written now, inside the update's transaction.
        await context.FlushAsync();
        var request = new HelpRequest
        {
            Kind = RequestKind.Ride,
            Person = person,
            Status = RequestStatus.New,
            Day = DateOnly.FromDateTime(clock.ToLocal(activity.StartsAt)),
            RideFrom = person.Settlement,
            RideTo = Fit(ActivityCards.Where(activity) ?? activity.Title, 100),
            Details = Fit(texts.Format("SignUpRidePurpose", activity.Title, clock.When(activity.StartsAt)), RequestDetails.MaxLength),
            SignUpId = signUp.Id,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        context.Db.Add(request);
        await context.FlushAsync();
        await notices.AnnounceToStaffAsync(context, request);
        return texts.Format("SignUpRideBooked", request.Id);
    }

    public async Task CancelAsync(UpdateContext context, SignUp signUp)
    {
        var rides = await context.Db.Set<HelpRequest>().Include(r => r.Person).Include(r => r.Volunteer)
            .Where(r => r.SignUpId == signUp.Id && r.Status != RequestStatus.Done && r.Status != RequestStatus.Cancelled).ToListAsync();
        foreach (var ride in rides)
        {
            await RequestLock.LockAsync(context, ride.Id);
            ride.SetStatus(RequestStatus.Cancelled, context.Now);
            notices.TellParticipant(context, ride, texts.Format("SignUpRideCancelled", ride.Id));
            if (ride.Volunteer?.ChatId is { } volunteer)
                context.Outbox.SendText(volunteer, texts.Format("TaskCancelledByParticipant", ride.Id, cards.What(ride)));
        }
    }

    public async Task<Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton?> StaffButtonAsync(UpdateContext context, long activityId)
    {
        var riding = (await ActivityTrips.OfAsync(context, activityId)).Sum(t => t.Rides.Count);
        return riding == 0 ? null : new(texts.Format("ButtonTrips", riding), TripButtons.ListData(activityId));
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
