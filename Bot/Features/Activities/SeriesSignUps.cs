using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>A person and a whole series: a seat at every date where one is free, a waiting place where not; and back out again.</summary>
public sealed class SeriesSignUps(BotTexts texts, Seats seats, SeriesDates series)
{
    /// <summary>The series' dates still to come, earliest first.</summary>
    public static Task<List<Activity>> UpcomingAsync(DbContext db, long seriesId, DateTime now) =>
        db.Set<Activity>()
            .Where(a => a.SeriesId == seriesId && a.State == ActivityState.Planned && a.StartsAt > now)
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id).ToListAsync();

    /// <summary>The person's live sign-ups for the series' dates still to come, earliest first.</summary>
    public static Task<List<SignUp>> MineAsync(DbContext db, long seriesId, long personId, DateTime now) =>
        db.Set<SignUp>().Include(s => s.Activity)
            .Where(s => s.PersonId == personId && s.State != SignUpState.Cancelled && s.Activity!.SeriesId == seriesId
                && s.Activity.State == ActivityState.Planned && s.Activity.StartsAt > now)
            .OrderBy(s => s.Activity!.StartsAt).ToListAsync();

    /// <summary>Signs the person up for every date to come, each under its own lock; returns the one message that says which.</summary>
    public async Task<string> SignUpAllAsync(UpdateContext update, long seriesId, Person person)
    {
        var dates = await UpcomingAsync(update.Db, seriesId, update.Now);
        var seated = 0;
        var waiting = new List<DateTime>();
        foreach (var date in dates)
        {
            var result = await seats.SignUpAsync(update, date.Id, person, byStaff: false);
            if (result.Outcome == SignUpOutcome.Confirmed || result is { Outcome: SignUpOutcome.AlreadySignedUp, SignUp.State: SignUpState.Confirmed })
                seated++;
            else if (result.Outcome is SignUpOutcome.Waiting or SignUpOutcome.AlreadySignedUp)
                waiting.Add(date.StartsAt);
        }

        var title = dates.Count > 0 ? dates[0].Title : "";
        if (seated == 0 && waiting.Count == 0)
            return texts["SignUpClosed"];
        if (seated == 0)
            return texts.Format("SignedUpAllOnlyWaiting", title, series.Days(waiting));
        var text = texts.Format("SignedUpAll", title, texts.Count(seated, "NounMeeting"));
        return waiting.Count == 0 ? text : text + "\n" + texts.Format("SignedUpAllWaiting", series.Days(waiting));
    }

    /// <summary>Cancels every sign-up of the person for the series' dates to come; a freed seat goes to the first waiting at each.</summary>
    public async Task<int> CancelAllAsync(UpdateContext update, long seriesId, long personId)
    {
        var mine = await MineAsync(update.Db, seriesId, personId, update.Now);
        var cancelled = 0;
        foreach (var signUp in mine)
        {
            var wasLive = signUp.State != SignUpState.Cancelled;
            await seats.CancelAsync(update, signUp);
            if (wasLive && signUp.State == SignUpState.Cancelled)
                cancelled++;
        }

        return cancelled;
    }
}
