using ClubBot.People;
using ClubBot.Pipeline;

namespace ClubBot.Features.Activities;

/// <summary>
/// Rides that come with a sign-up, offered by the help feature: whether the centre's car is worth offering, the
/// ride booked for the activity's day, and the ride called off when the sign-up is.
/// </summary>
public interface ISignUpRides
{
    /// <summary>True when the person lives elsewhere than the activity is held and has no ride for it yet.</summary>
    Task<bool> WorthOfferingAsync(UpdateContext context, Person person, Activity activity, SignUp signUp);

    /// <summary>Books the ride and tells staff; returns what the person is told.</summary>
    Task<string> BookAsync(UpdateContext context, Person person, Activity activity, SignUp signUp);

    /// <summary>The button on an activity's card that lists who rides from where, or null when nobody does.</summary>
    Task<Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton?> StaffButtonAsync(UpdateContext context, long activityId);

    /// <summary>Cancels the sign-up's open ride, if any, and tells the person (and a volunteer who had it).</summary>
    Task CancelAsync(UpdateContext context, SignUp signUp);
}
