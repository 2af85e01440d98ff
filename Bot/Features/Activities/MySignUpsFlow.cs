using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.CancelFromListState, ClubBot.Conversations.CancelFromListTrigger, ClubBot.Conversations.CancelFromListDraft>;

namespace ClubBot.Features.Activities;

/// <summary>
/// «🗓 Мои записи»: the person's upcoming sign-ups, each with its place, and waiting places, each with «Отменить».
/// A series is one line at its next date; cancelling it offers that date alone or all of them.
/// </summary>
public sealed class MySignUpsFlow(BotTexts texts, ActivityCards cards, Seats seats, SeriesDates series, SeriesSignUps seriesSignUps) : CancelFromListFlow<SignUp>
{
    public override string Name => "ms";

    protected override async Task ShowListAsync(Turn turn)
    {
        var context = turn.Context;
        var db = context.Update.Db;
        var live = await db.Set<SignUp>().Include(s => s.Activity)
            .Where(s => s.PersonId == context.Person!.Id && s.State != SignUpState.Cancelled
                && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt > context.Update.Now)
            .OrderBy(s => s.Activity!.StartsAt).ToListAsync();
        // A series is one entry, at its next date; a one-off is an entry of its own.
        var entries = live.GroupBy(s => s.Activity!.SeriesId ?? -s.Id).Select(g => g.ToList()).Take(Keyboards.MaxButtons).ToList();
        if (entries.Count == 0)
        {
            await context.Navigation.LeaveAsync(texts["NoSignUps"]);
            return;
        }

        var weekdays = await ActivityQueries.WeekdaysAsync(db, entries.Select(e => e[0].Activity!.SeriesId));
        var lines = new List<string>();
        foreach (var entry in entries)
        {
            var next = entry[0];
            var line = "• " + cards.Headline(next.Activity!) + (ActivityCards.Where(next.Activity!) is { } where ? $"\n   📍 {where}" : "");
            if (entry.Count > 1)
            {
                var waiting = entry.Where(s => s.State == SignUpState.Waiting).Select(s => s.Activity!.StartsAt).ToList();
                line += "\n   " + texts.Format("MySeriesLine", series.Rhythm(weekdays.GetValueOrDefault(next.Activity!.SeriesId!.Value)), entry.Count - waiting.Count)
                    + (waiting.Count > 0 ? "\n   " + texts.Format("MySeriesWaiting", series.Days(waiting)) : "");
            }
            else
            {
                line += "\n   " + (next.State == SignUpState.Confirmed ? texts["MySignUpConfirmed"] : texts.Format("MySignUpWaiting", await Seats.PositionAsync(db, next)));
            }

            lines.Add(line);
        }

        context.Screen.Ask(texts["MySignUpsTitle"] + "\n\n" + string.Join('\n', lines), Turn.Column(entries
            .Select(e => CancelButton(turn, texts.Format("ButtonCancelSignUp", e[0].Activity!.Title), e[0].Id)).ToArray()));
    }

    protected override async Task<CancelQuestion> AskAsync(FlowContext context, SignUp signUp)
    {
        var inSeries = signUp.Activity!.SeriesId is { } seriesId ? await SeriesSignUps.MineAsync(context.Update.Db, seriesId, signUp.PersonId, context.Update.Now) : [];
        if (inSeries.Count < 2)
            return new CancelQuestion(ConfirmText(signUp));
        return new CancelQuestion(
            texts.Format("ConfirmCancelSeriesSignUp", signUp.Activity.Title, cards.When(inSeries[0].Activity!), texts.Count(inSeries.Count, "NounMeeting")),
            texts["ButtonCancelNextOnly"],
            texts.Format("ButtonCancelAllDates", inSeries.Count));
    }

    protected override async Task CancelAllAsync(FlowContext context, SignUp signUp)
    {
        var cancelled = await seriesSignUps.CancelAllAsync(context.Update, signUp.Activity!.SeriesId!.Value, signUp.PersonId);
        await context.Navigation.LeaveAsync(texts.Format("SeriesSignUpsCancelled", signUp.Activity.Title, cancelled));
    }

    protected override string ConfirmText(SignUp signUp) => texts.Format("ConfirmCancelSignUp", cards.Headline(signUp.Activity!));

    protected override async Task CancelAsync(FlowContext context, SignUp? signUp)
    {
        if (signUp is null)
        {
            await context.Navigation.LeaveAsync(texts["AlreadyCancelled"]);
            return;
        }

        await seats.CancelAsync(context.Update, signUp);
        await context.Navigation.LeaveAsync(texts.Format("SignUpCancelled", cards.Headline(signUp.Activity!)));
    }

    protected override Task<SignUp?> OwnAsync(FlowContext context, long id) =>
        context.Update.Db.Set<SignUp>().Include(s => s.Activity)
            .SingleOrDefaultAsync(s => s.Id == id && s.PersonId == context.Person!.Id && s.State != SignUpState.Cancelled);
}
