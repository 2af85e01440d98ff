using ClubBot.Conversations;
using ClubBot.Conversations.Machine;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

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
public sealed class MySignUpsFlow(BotTexts texts, ActivityCards cards, Seats seats) : IFlow
{
    public string Name => "ms";

    public async Task StartAsync(FlowContext context)
    {
        context.Session.State = nameof(MySignUpsState.List);
        context.SaveDraft(new Selection());
        await ShowAsync(context);
    }

    public Task ShowAsync(FlowContext context) => Show(context, context.Draft<Selection>(), Build(context, context.Draft<Selection>()).State);

    public Task BackAsync(FlowContext context) => RunAsync(context, (m, _) => m.FireAsync(MySignUpsTrigger.Back));

    public Task HandleAsync(FlowContext context, Input input) => RunAsync(context, async (machine, draft) =>
    {
        var state = machine.State;
        var data = context.ButtonFor(input, Name, state.ToString());
        switch (state, data?.Action)
        {
            // Only the person's own live sign-up can be named here, whatever the button says.
            case (MySignUpsState.List, "cancel") when long.TryParse(data!.Argument, out var id) && await OwnLiveAsync(context, id) is not null:
                draft.SignUpId = id;
                context.RemovePressedButtons();
                await machine.FireAsync(MySignUpsTrigger.Cancel);
                break;
            case (MySignUpsState.ConfirmCancel, "yes"):
                context.RemovePressedButtons();
                await machine.FireAsync(MySignUpsTrigger.Confirm);
                break;
            case (MySignUpsState.ConfirmCancel, "no"):
                context.RemovePressedButtons();
                await machine.FireAsync(MySignUpsTrigger.Back);
                break;
            default:
                context.AnswerWrongInput(input);
                await Show(context, draft, state);
                break;
        }
    });

    private async Task RunAsync(FlowContext context, Func<StateMachine<MySignUpsState, MySignUpsTrigger>, Selection, Task> act)
    {
        var draft = context.Draft<Selection>();
        await act(Build(context, draft), draft);
        if (context.Session.Flow == Name)
            context.SaveDraft(draft);
    }

    private StateMachine<MySignUpsState, MySignUpsTrigger> Build(FlowContext context, Selection draft)
    {
        var m = new StateMachine<MySignUpsState, MySignUpsTrigger>(
            () => Enum.TryParse<MySignUpsState>(context.Session.State, out var s) ? s : MySignUpsState.List,
            s => context.Session.State = s.ToString());
        m.Configure(MySignUpsState.List)
            .Permit(MySignUpsTrigger.Cancel, MySignUpsState.ConfirmCancel)
            .Permit(MySignUpsTrigger.Back, MySignUpsState.Closed)
            .OnEntry(_ => Show(context, draft, MySignUpsState.List));
        m.Configure(MySignUpsState.ConfirmCancel)
            .Permit(MySignUpsTrigger.Confirm, MySignUpsState.Cancelled)
            .Permit(MySignUpsTrigger.Back, MySignUpsState.List)
            .OnEntry(_ => Show(context, draft, MySignUpsState.ConfirmCancel));
        m.Configure(MySignUpsState.Cancelled).OnEntry(_ => CancelAsync(context, draft));
        m.Configure(MySignUpsState.Closed).OnEntry(_ => context.LeaveAsync());
        return m;
    }

    private async Task Show(FlowContext context, Selection draft, MySignUpsState state)
    {
        var db = context.Update.Db;
        if (state == MySignUpsState.List)
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
            context.Ask(texts["MySignUpsTitle"] + "\n\n" + string.Join('\n', lines), new InlineKeyboardMarkup(mine
                .Select(s => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(texts.Format("ButtonCancelSignUp", s.Activity!.Title), CallbackData.Make(Name, nameof(MySignUpsState.List), "cancel", s.Id.ToString()))])
                .ToList()));
        }
        else if (state == MySignUpsState.ConfirmCancel && await OwnLiveAsync(context, draft.SignUpId) is { } signUp)
        {
            context.Ask(texts.Format("ConfirmCancelSignUp", cards.Headline(signUp.Activity!)), new InlineKeyboardMarkup(
            [
                [new InlineKeyboardButton(texts["ButtonYesCancel"], CallbackData.Make(Name, nameof(MySignUpsState.ConfirmCancel), "yes"))],
                [new InlineKeyboardButton(texts["ButtonNo"], CallbackData.Make(Name, nameof(MySignUpsState.ConfirmCancel), "no"))],
            ]));
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
