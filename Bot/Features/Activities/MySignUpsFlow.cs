using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.CancelFromListState, ClubBot.Conversations.CancelFromListTrigger, ClubBot.Conversations.CancelFromListDraft>;

namespace ClubBot.Features.Activities;

/// <summary>«🗓 Мои записи»: the person's upcoming sign-ups, each with its place, and waiting places, each with «Отменить».</summary>
public sealed class MySignUpsFlow(BotTexts texts, ActivityCards cards, Seats seats) : CancelFromListFlow<SignUp>
{
    public override string Name => "ms";

    protected override async Task ShowListAsync(Turn turn)
    {
        var context = turn.Context;
        var db = context.Update.Db;
        var mine = await db.Set<SignUp>().Include(s => s.Activity)
            .Where(s => s.PersonId == context.Person!.Id && s.State != SignUpState.Cancelled
                && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt > context.Update.Now)
            .OrderBy(s => s.Activity!.StartsAt).Take(Keyboards.MaxButtons).ToListAsync();
        if (mine.Count == 0)
        {
            await context.Navigation.LeaveAsync(texts["NoSignUps"]);
            return;
        }

        var lines = new List<string>();
        foreach (var s in mine)
            lines.Add("• " + cards.Headline(s.Activity!) + (ActivityCards.Where(s.Activity!) is { } where ? $"\n   📍 {where}" : "") + "\n   " + (s.State == SignUpState.Confirmed ? texts["MySignUpConfirmed"] : texts.Format("MySignUpWaiting", await Seats.PositionAsync(db, s))));
        context.Screen.Ask(texts["MySignUpsTitle"] + "\n\n" + string.Join('\n', lines), Turn.Column(mine
            .Select(s => CancelButton(turn, texts.Format("ButtonCancelSignUp", s.Activity!.Title), s.Id)).ToArray()));
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
