using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>A person who leaves gives up their future seats and waiting places, as a cancellation would: the waiting list moves up.</summary>
internal sealed class SignUpsErasure(Seats seats, ActivityCards cards, BotTexts texts) : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var live = await context.Db.Set<SignUp>()
            .Where(s => s.PersonId == person.Id && (s.State == SignUpState.Confirmed || s.State == SignUpState.Waiting)
                && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt > context.Now)
            .OrderBy(s => s.Id).ToListAsync(ct);
        foreach (var signUp in live)
            await seats.CancelAsync(context, signUp);
    }

    public async Task<string?> DescribeAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var live = await context.Db.Set<SignUp>().Include(s => s.Activity)
            .Where(s => s.PersonId == person.Id && (s.State == SignUpState.Confirmed || s.State == SignUpState.Waiting)
                && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt > context.Now)
            .OrderBy(s => s.Activity!.StartsAt).ToListAsync(ct);
        return live.Count == 0 ? null : texts["MyDataSignUps"] + "\n" + string.Join('\n', live.Select(s =>
            $"• {cards.Headline(s.Activity!)} — {(s.State == SignUpState.Confirmed ? texts["StatusConfirmed"] : texts["StatusWaitingShort"])}"));
    }
}
