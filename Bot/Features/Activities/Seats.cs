using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

public enum SignUpOutcome
{
    Confirmed,
    Waiting,
    AlreadySignedUp,
    NotOpen,
}

public sealed record SignUpResult(SignUpOutcome Outcome, SignUp? SignUp = null, int WaitingPosition = 0, IReadOnlyList<Activity>? Overlaps = null);

/// <summary>
/// Seats and waiting lists. Every decision runs under the activity's lock in the update's own transaction, so
/// fifty people pressing «Записаться» for ten seats at once get exactly ten seats and a waiting list in the
/// order they were served; a freed seat goes to the first waiting, who is told at once.
/// </summary>
public sealed class Seats(BotTexts texts, ActivityCards cards, IEnumerable<ISignUpRides> rides)
{
    /// <summary>Lock keys of activities live apart from other locks' keys.</summary>
    private const long LockSpace = 1L << 40;

    public static Task LockAsync(UpdateContext context, long activityId) => context.LockAsync(LockSpace + activityId);

    public async Task<SignUpResult> SignUpAsync(UpdateContext context, long activityId, Person person, bool byStaff)
    {
        await LockAsync(context, activityId);
        var db = context.Db;
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId);
        if (activity is null || activity.State != ActivityState.Planned || activity.StartsAt <= context.Now)
            return new SignUpResult(SignUpOutcome.NotOpen);
        var existing = await db.Set<SignUp>().SingleOrDefaultAsync(s => s.ActivityId == activityId && s.PersonId == person.Id && s.State != SignUpState.Cancelled);
        if (existing is not null)
            return new SignUpResult(SignUpOutcome.AlreadySignedUp, existing, await PositionAsync(db, existing));

        var confirmed = await db.Set<SignUp>().CountAsync(s => s.ActivityId == activityId && s.State == SignUpState.Confirmed);
        var full = activity.Capacity is { } capacity && confirmed >= capacity;
        var signUp = new SignUp
        {
            ActivityId = activityId,
            Person = person,
            State = full ? SignUpState.Waiting : SignUpState.Confirmed,
            CreatedAt = context.Now,
            ByStaff = byStaff,
        };
        db.Add(signUp);
        var position = full ? await db.Set<SignUp>().CountAsync(s => s.ActivityId == activityId && s.State == SignUpState.Waiting) + 1 : 0;
        var overlaps = person.Id == 0 ? [] : await db.Set<SignUp>()
            .Where(s => s.PersonId == person.Id && s.State != SignUpState.Cancelled && s.ActivityId != activityId)
            .Select(s => s.Activity!)
            .Where(a => a.State == ActivityState.Planned && a.StartsAt < activity.EndsAt && a.EndsAt > activity.StartsAt)
            .ToListAsync();
        return new SignUpResult(full ? SignUpOutcome.Waiting : SignUpOutcome.Confirmed, signUp, position, overlaps);
    }

    /// <summary>Cancels a sign-up; a freed seat goes to the first on the waiting list, who is told.</summary>
    public async Task<SignUp?> CancelAsync(UpdateContext context, SignUp signUp)
    {
        await LockAsync(context, signUp.ActivityId);
        // Re-read under the lock: the state may have changed since the button was drawn.
        await context.Db.Entry(signUp).ReloadAsync();
        if (signUp.State == SignUpState.Cancelled)
            return null;
        var freesSeat = signUp.State == SignUpState.Confirmed;
        signUp.State = SignUpState.Cancelled;
        signUp.CancelledAt = context.Now;
        foreach (var ride in rides)
            await ride.CancelAsync(context, signUp);
        return freesSeat ? await PromoteAsync(context, signUp.ActivityId) : null;
    }

    /// <summary>Fills free seats from the waiting list (after a cancellation or a larger capacity) and tells each person promoted.</summary>
    public async Task<SignUp?> PromoteAsync(UpdateContext context, long activityId)
    {
        var db = context.Db;
        await context.FlushAsync();
        var activity = await db.Set<Activity>().SingleAsync(a => a.Id == activityId);
        if (activity.State != ActivityState.Planned)
            return null;
        var confirmed = await db.Set<SignUp>().CountAsync(s => s.ActivityId == activityId && s.State == SignUpState.Confirmed);
        var free = activity.Capacity is { } capacity ? capacity - confirmed : int.MaxValue;
        var waiting = await db.Set<SignUp>().Include(s => s.Person)
            .Where(s => s.ActivityId == activityId && s.State == SignUpState.Waiting)
            .OrderBy(s => s.Id).Take(Math.Min(free, 1000)).ToListAsync();
        foreach (var next in waiting)
        {
            next.State = SignUpState.Confirmed;
            if (next.Person?.ChatId is { } chat)
                context.Outbox.SendText(chat, texts.Format("SeatFreedForYou", cards.Headline(activity)));
        }

        return waiting.FirstOrDefault();
    }

    /// <summary>1 for the first on the waiting list; 0 for a confirmed seat.</summary>
    public static async Task<int> PositionAsync(DbContext db, SignUp signUp) =>
        signUp.State != SignUpState.Waiting ? 0 : await db.Set<SignUp>().CountAsync(s => s.ActivityId == signUp.ActivityId && s.State == SignUpState.Waiting && s.Id <= signUp.Id);
}
