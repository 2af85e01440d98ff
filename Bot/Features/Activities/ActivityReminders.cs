using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Activities;

/// <summary>
/// Reminders of activities (P8), computed from the data each run: an edited start moves them, a cancelled
/// activity or sign-up drops them. Each send is recorded. After downtime, the latest due reminder of an
/// activity that has not started goes out; earlier ones are passed over; nothing goes for one that has started.
/// </summary>
public sealed class ActivityReminders(
    IServiceScopeFactory scopes,
    WriteGate gate,
    ClubTime clock,
    BotTexts texts,
    ActivityCards cards,
    IOptions<ReminderOptions> options) : IDueWork
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var horizon = nowUtc.AddHours(options.Value.HoursBefore.DefaultIfEmpty(0).Max() + 24);
        var signUps = await db.Set<SignUp>().Include(s => s.Activity).Include(s => s.Person)
            .Where(s => s.State == SignUpState.Confirmed && s.Person!.ChatId != null && s.Person.UnreachableSince == null
                && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt > nowUtc && s.Activity.StartsAt <= horizon)
            .ToListAsync(ct);
        var ids = signUps.Select(s => s.Id).ToList();
        var sent = (await db.Set<SentReminder>().Where(r => ids.Contains(r.SignUpId)).Select(r => new { r.SignUpId, r.Offset }).ToListAsync(ct))
            .Select(r => (r.SignUpId, r.Offset)).ToHashSet();

        var count = 0;
        foreach (var signUp in signUps)
        {
            var due = options.Value.HoursBefore
                .Select(h => (Key: ReminderPlanner.Key(h), At: ReminderPlanner.DueAt(signUp.Activity!.StartsAt, h, clock.Zone, options.Value)))
                .Where(r => r.At <= nowUtc && r.At > signUp.CreatedAt && !sent.Contains((signUp.Id, r.Key)))
                .OrderBy(r => r.At).ToList();
            if (due.Count == 0)
                continue;
            foreach (var reminder in due)
                db.Add(new SentReminder { SignUpId = signUp.Id, Offset = reminder.Key, SentAt = nowUtc });
            // Only the latest: two reminders at once after downtime would be noise.
            outbox.SendText(signUp.Person!.ChatId!.Value, texts.Format("ActivityReminder", cards.Headline(signUp.Activity!), signUp.Activity!.Place ?? signUp.Activity.Settlement ?? ""),
                ReminderButtons.For(texts, signUp.Id), OutboxPriority.Bulk);
            count++;
        }

        using var turn = await gate.EnterAsync(ct);
        await db.SaveChangesAsync(ct);
        return count;
    }
}

/// <summary>«✅ Приду» / «❌ Не смогу» under a reminder; «Не смогу» cancels the sign-up and gives the seat to the first waiting.</summary>
public sealed class ReminderButtons(BotTexts texts, Seats seats, ActivityCards cards) : IMessageButtons
{
    public const string Name = "rm";

    public string Prefix => Name;

    public static InlineKeyboardMarkup For(BotTexts texts, long signUpId) => new(
    [
        [new InlineKeyboardButton(texts["ButtonWillCome"], CallbackData.Make(Name, "sig", "yes", signUpId.ToString()))],
        [new InlineKeyboardButton(texts["ButtonCannotCome"], CallbackData.Make(Name, "sig", "no", signUpId.ToString()))],
    ]);

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        context.RemovePressedButtons();
        var signUp = long.TryParse(data.Argument, out var id) && context.Person is { } person
            ? await context.Update.Db.Set<SignUp>().Include(s => s.Activity).SingleOrDefaultAsync(s => s.Id == id && s.PersonId == person.Id && s.State != SignUpState.Cancelled)
            : null;
        if (signUp is null)
        {
            context.Say(texts["OldButton"]);
            return;
        }

        if (data.Action == "yes")
        {
            context.Update.CallbackAnswer = texts["SeeYou"];
            context.Say(texts["SeeYou"]);
            return;
        }

        await seats.CancelAsync(context.Update, signUp);
        context.Say(texts.Format("SignUpCancelled", cards.Headline(signUp.Activity!)));
    }
}
