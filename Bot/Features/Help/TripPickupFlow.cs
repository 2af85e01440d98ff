using System.Globalization;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.Activities;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Help.TripDraft>;

namespace ClubBot.Features.Help;

/// <summary>One trip of an activity's rides: the village and the activity.</summary>
public sealed class TripDraft
{
    public long ActivityId { get; set; }

    public string From { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>
/// «🕘 Оса (3)» under an activity's trips: one pickup time for everyone riding from that village, each told in
/// a message of their own; then the activity's card again.
/// </summary>
public sealed class TripPickupFlow(BotTexts texts, RidePickups pickups, ClubTime clock) : OneAnswerFlow<TripDraft>("TripPickupHint")
{
    public override string Name => "tq";

    public override bool IsFor(Audience audience) => audience.IsStaff;

    public override Task StartAsync(FlowContext context) => context.Navigation.LeaveAsync();

    public Task OpenAsync(FlowContext context, long activityId, string from) => BeginAsync(context, new TripDraft { ActivityId = activityId, From = from });

    protected override async Task ShowStepAsync(Turn turn)
    {
        var trip = (await ActivityTrips.OfAsync(turn.Update, turn.Draft.ActivityId)).FirstOrDefault(t => t.From == turn.Draft.From);
        var names = trip?.Riders(texts) ?? "";
        turn.Context.Screen.AskText(texts.Format("AskTripPickup", turn.Draft.From, names, await ExampleAsync(turn)));
    }

    protected override bool Accept(TripDraft draft, string text)
    {
        draft.Text = text;
        return TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    protected override async Task ActAsync(Turn turn)
    {
        var update = turn.Update;
        var activity = await update.Db.Set<Activity>().SingleAsync(a => a.Id == turn.Draft.ActivityId);
        var time = TimeOnly.ParseExact(turn.Draft.Text.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture);
        var pickup = clock.ToUtc(DateOnly.FromDateTime(clock.ToLocal(activity.StartsAt)).ToDateTime(time));
        if (pickup >= activity.StartsAt || pickup <= update.Now)
        {
            turn.Context.Screen.Say(texts.Format("TripPickupInvalid", clock.TimeOfDay(activity.StartsAt), await ExampleAsync(turn)));
            await BeginAsync(turn.Context, new TripDraft { ActivityId = turn.Draft.ActivityId, From = turn.Draft.From });
            return;
        }

        var trip = (await ActivityTrips.OfAsync(update, activity.Id)).FirstOrDefault(t => t.From == turn.Draft.From);
        foreach (var ride in trip?.Rides ?? [])
        {
            await RequestLock.LockAsync(update, ride.Id);
            pickups.Set(update, ride, pickup);
        }

        turn.Context.Screen.Say(texts.Format("TripPickupSet", turn.Draft.From, trip?.Rides.Count ?? 0));
        await turn.Context.Navigation.GoToAsync(StaffActivitiesFlow.CardOf(activity.Id));
    }

    protected override Task CloseAsync(Turn turn) => turn.Context.Navigation.GoToAsync(StaffActivitiesFlow.CardOf(turn.Draft.ActivityId));

    /// <summary>An hour before the activity starts, as «9:30»: a time the flow takes.</summary>
    private async Task<string> ExampleAsync(Turn turn)
    {
        var starts = await turn.Update.Db.Set<Activity>().Where(a => a.Id == turn.Draft.ActivityId).Select(a => a.StartsAt).SingleAsync();
        return clock.ToLocal(starts).AddHours(-1).ToString("H:mm", CultureInfo.InvariantCulture);
    }
}
