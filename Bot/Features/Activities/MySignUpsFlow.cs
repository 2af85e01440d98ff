using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.MySignUpsState, ClubBot.Features.Activities.MySignUpsTrigger, ClubBot.Features.Activities.MySignUpsFlow.Selection>;

namespace ClubBot.Features.Activities;

public enum MySignUpsState
{
    List,
    ConfirmCancel,
    Cancelled,
    Closed,
}

public enum MySignUpsTrigger
{
    Cancel,
    Confirm,
    Back,
}

/// <summary>«🗓 Мои записи»: the person's upcoming sign-ups and waiting places, each with «Отменить».</summary>
public sealed class MySignUpsFlow(BotTexts texts, ActivityCards cards, Seats seats)
    : MachineFlow<MySignUpsState, MySignUpsTrigger, MySignUpsFlow.Selection>(MySignUpsTrigger.Back)
{
    public override string Name => "ms";

    protected override MySignUpsState Initial => MySignUpsState.List;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(MySignUpsState.List)
            .Permit(MySignUpsTrigger.Cancel, MySignUpsState.ConfirmCancel)
            .Permit(MySignUpsTrigger.Back, MySignUpsState.Closed)
            .OnEntry(_ => ShowStepAsync(turn));
        m.Configure(MySignUpsState.ConfirmCancel)
            .Permit(MySignUpsTrigger.Confirm, MySignUpsState.Cancelled)
            .Permit(MySignUpsTrigger.Back, MySignUpsState.List)
            .OnEntry(_ => ShowStepAsync(turn));
        m.Configure(MySignUpsState.Cancelled).OnEntry(_ => CancelAsync(turn.Context, turn.Draft));
        m.Configure(MySignUpsState.Closed).OnEntry(_ => turn.Context.LeaveAsync());
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var data = turn.Pressed(input);
        return (turn.State, data?.Action) switch
        {
            // Only the person's own live sign-up can be named here, whatever the button says.
            (MySignUpsState.List, "cancel") when long.TryParse(data!.Argument, out var id) && await OwnLiveAsync(turn.Context, id) is not null =>
                await turn.FireAsync(MySignUpsTrigger.Cancel, () => turn.Draft.SignUpId = id),
            (MySignUpsState.ConfirmCancel, "yes") => await turn.FireAsync(MySignUpsTrigger.Confirm),
            (MySignUpsState.ConfirmCancel, "no") => await turn.FireAsync(MySignUpsTrigger.Back),
            _ => false,
        };
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var context = turn.Context;
        var db = context.Update.Db;
        if (turn.State == MySignUpsState.List)
        {
            var mine = await db.Set<SignUp>().Include(s => s.Activity)
                .Where(s => s.PersonId == context.Person!.Id && s.State != SignUpState.Cancelled
                    && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt > context.Update.Now)
                .OrderBy(s => s.Activity!.StartsAt).Take(Keyboards.MaxButtons).ToListAsync();
            if (mine.Count == 0)
            {
                await context.LeaveAsync(texts["NoSignUps"]);
                return;
            }

            var lines = new List<string>();
            foreach (var s in mine)
                lines.Add("• " + cards.Headline(s.Activity!) + " — " + (s.State == SignUpState.Confirmed ? texts["StatusConfirmed"] : texts.Format("StatusWaiting", await Seats.PositionAsync(db, s))));
            context.Ask(texts["MySignUpsTitle"] + "\n\n" + string.Join('\n', lines), Turn.Column(mine
                .Select(s => turn.Button(texts.Format("ButtonCancelSignUp", s.Activity!.Title), MySignUpsTrigger.Cancel, "cancel", s.Id.ToString())).ToArray()));
        }
        else if (turn.State == MySignUpsState.ConfirmCancel)
        {
            if (await OwnLiveAsync(context, turn.Draft.SignUpId) is not { } signUp)
            {
                await turn.Machine.FireAsync(MySignUpsTrigger.Back);
                return;
            }

            context.Ask(texts.Format("ConfirmCancelSignUp", cards.Headline(signUp.Activity!)), Turn.Column(
                turn.Button(texts["ButtonYesCancel"], MySignUpsTrigger.Confirm, "yes"),
                turn.Button(texts["ButtonNo"], MySignUpsTrigger.Back, "no")));
        }
    }

    private async Task CancelAsync(FlowContext context, Selection draft)
    {
        var signUp = await OwnLiveAsync(context, draft.SignUpId);
        if (signUp is null)
        {
            await context.LeaveAsync(texts["AlreadyCancelled"]);
            return;
        }

        await seats.CancelAsync(context.Update, signUp);
        await context.LeaveAsync(texts.Format("SignUpCancelled", cards.Headline(signUp.Activity!)));
    }

    private static Task<SignUp?> OwnLiveAsync(FlowContext context, long id) =>
        context.Update.Db.Set<SignUp>().Include(s => s.Activity)
            .SingleOrDefaultAsync(s => s.Id == id && s.PersonId == context.Person!.Id && s.State != SignUpState.Cancelled);

    /// <summary>The sign-up being cancelled.</summary>
    public sealed class Selection
    {
        public long SignUpId { get; set; }
    }
}
