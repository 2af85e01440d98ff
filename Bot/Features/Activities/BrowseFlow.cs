using ClubBot.Conversations;
using ClubBot.Conversations.Machine;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static ClubBot.Features.Activities.BrowseState;
using static ClubBot.Features.Activities.BrowseTrigger;
using Machine = ClubBot.Conversations.Machine.StateMachine<ClubBot.Features.Activities.BrowseState, ClubBot.Features.Activities.BrowseTrigger>;

namespace ClubBot.Features.Activities;

/// <summary>«📅 Куда пойти» (P2, P3): kinds → upcoming activities, five a page → card → sign up or join the waiting list.</summary>
public sealed class BrowseFlow(BotTexts texts, ActivityCards cards, Seats seats, IOptions<ActivitiesOptions> options) : IFlow
{
    public const int PageSize = 5;

    public string Name => "ac";

    public Task StartAsync(FlowContext context)
    {
        context.Session.State = nameof(Kinds);
        context.SaveDraft(new BrowseDraft());
        return ShowAsync(context);
    }

    public Task ShowAsync(FlowContext context)
    {
        var draft = context.Draft<BrowseDraft>();
        return Show(context, draft, Build(context, draft).State);
    }

    public Task BackAsync(FlowContext context) => RunAsync(context, (m, _) => m.FireAsync(Back));

    public Task HandleAsync(FlowContext context, Input input) => RunAsync(context, async (machine, draft) =>
    {
        var state = machine.State;
        var data = context.ButtonFor(input, Name, state.ToString());
        var handled = (state, data?.Action) switch
        {
            (Kinds, "kind") when options.Value.Find(data!.Argument ?? "") is { } kind => await PickKindAsync(context, machine, draft, kind.Code),
            (List, "page") when int.TryParse(data!.Argument, out var page) && page >= 0 => await TurnAsync(context, draft, page),
            (List, "open") when long.TryParse(data!.Argument, out var id) && await IsListedAsync(context, draft, id) => await FireAsync(context, machine, Open, () => draft.ActivityId = id),
            (Card, "join") => await FireAsync(context, machine, Choose),
            (Card, "list") => await FireAsync(context, machine, Back),
            (BrowseState.Confirm, "yes") => await FireAsync(context, machine, BrowseTrigger.Confirm),
            (BrowseState.Confirm, "no") => await FireAsync(context, machine, Back),
            _ => false,
        };
        if (!handled)
        {
            context.AnswerWrongInput(input);
            await Show(context, draft, state);
        }
    });

    private async Task RunAsync(FlowContext context, Func<Machine, BrowseDraft, Task> act)
    {
        var draft = context.Draft<BrowseDraft>();
        await act(Build(context, draft), draft);
        if (context.Session.Flow == Name)
            context.SaveDraft(draft);
    }

    private Machine Build(FlowContext context, BrowseDraft draft)
    {
        var m = new Machine(() => Enum.TryParse<BrowseState>(context.Session.State, out var s) ? s : Kinds, s => context.Session.State = s.ToString());
        m.Configure(Kinds).Permit(PickKind, List).Permit(Back, Closed).OnEntry(_ => Show(context, draft, Kinds));
        m.Configure(List).Permit(Open, Card).Permit(Back, Kinds).OnEntry(_ => Show(context, draft, List));
        m.Configure(Card).Permit(Choose, BrowseState.Confirm).Permit(Back, List).OnEntry(_ => Show(context, draft, Card));
        m.Configure(BrowseState.Confirm).Permit(BrowseTrigger.Confirm, Done).Permit(Back, Card).OnEntry(_ => Show(context, draft, BrowseState.Confirm));
        m.Configure(Done).OnEntry(_ => SignUpAsync(context, draft));
        m.Configure(Closed).OnEntry(_ => context.LeaveAsync());
        return m;
    }

    private async Task<bool> PickKindAsync(FlowContext context, Machine machine, BrowseDraft draft, string kind)
    {
        if (!await ActivityQueries.Upcoming(context.Update.Db, context.Update.Now, kind).AnyAsync())
        {
            context.Update.CallbackAnswer = texts["NothingPlannedShort"];
            context.Say(texts.Format("NothingPlanned", cards.KindLabel(kind)));
            return true;
        }

        draft.Kind = kind;
        draft.Page = 0;
        return await FireAsync(context, machine, PickKind);
    }

    private async Task<bool> TurnAsync(FlowContext context, BrowseDraft draft, int page)
    {
        draft.Page = page;
        var (_, markup) = await ListAsync(context, draft);
        context.ReplacePressedButtons(markup);
        return true;
    }

    private static async Task<bool> FireAsync(FlowContext context, Machine machine, BrowseTrigger trigger, Action? before = null)
    {
        if (!machine.CanFire(trigger))
            return false;
        before?.Invoke();
        context.RemovePressedButtons();
        await machine.FireAsync(trigger);
        return true;
    }

    private async Task<bool> IsListedAsync(FlowContext context, BrowseDraft draft, long id) =>
        await ActivityQueries.Upcoming(context.Update.Db, context.Update.Now, draft.Kind).AnyAsync(a => a.Id == id);

    private async Task Show(FlowContext context, BrowseDraft draft, BrowseState state)
    {
        switch (state)
        {
            case Kinds:
                context.Ask(texts["AskKind"], new InlineKeyboardMarkup(options.Value.Kinds
                    .Select(k => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(k.Label, Data(Kinds, "kind", k.Code))]).ToList()));
                break;
            case List:
                var (text, markup) = await ListAsync(context, draft);
                context.Ask(text, markup);
                break;
            case Card:
                await ShowCardAsync(context, draft);
                break;
            case BrowseState.Confirm:
                var activity = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
                var (confirmed, _) = await ActivityQueries.CountsAsync(context.Update.Db, activity.Id);
                var full = activity.Capacity is { } c && confirmed >= c;
                context.Ask(texts.Format(full ? "ConfirmWaitingList" : "ConfirmSignUp", cards.Headline(activity)), new InlineKeyboardMarkup(
                [
                    [new InlineKeyboardButton(texts[full ? "ButtonYesWait" : "ButtonYesSignUp"], Data(BrowseState.Confirm, "yes"))],
                    [new InlineKeyboardButton(texts["ButtonNo"], Data(BrowseState.Confirm, "no"))],
                ]));
                break;
        }
    }

    private async Task<(string Text, InlineKeyboardMarkup Markup)> ListAsync(FlowContext context, BrowseDraft draft)
    {
        var db = context.Update.Db;
        var all = ActivityQueries.Upcoming(db, context.Update.Now, draft.Kind);
        var total = await all.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        draft.Page = Math.Clamp(draft.Page, 0, pages - 1);
        var page = await all.Skip(draft.Page * PageSize).Take(PageSize).ToListAsync();
        var counts = await ActivityQueries.CountsAsync(db, page.Select(a => a.Id).ToList());
        var lines = page.Select((a, i) => $"{draft.Page * PageSize + i + 1}. {cards.ListLine(a, counts[a.Id].Confirmed)}");
        var text = texts.Format("ActivityList", cards.KindLabel(draft.Kind ?? ""), draft.Page + 1, pages) + "\n\n" + string.Join("\n", lines);
        var rows = page.Select((a, i) => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton($"{draft.Page * PageSize + i + 1}. {Shorten(a.Title)}", Data(List, "open", a.Id.ToString()))]).ToList();
        var arrows = new List<InlineKeyboardButton>();
        if (draft.Page > 0)
            arrows.Add(new InlineKeyboardButton(texts["ButtonPrevious"], Data(List, "page", (draft.Page - 1).ToString())));
        if (draft.Page < pages - 1)
            arrows.Add(new InlineKeyboardButton(texts["ButtonNext"], Data(List, "page", (draft.Page + 1).ToString())));
        if (arrows.Count > 0)
            rows.Add(arrows);
        return (text, new InlineKeyboardMarkup(rows));
    }

    private async Task ShowCardAsync(FlowContext context, BrowseDraft draft)
    {
        var db = context.Update.Db;
        var activity = await db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        var (confirmed, waiting) = await ActivityQueries.CountsAsync(db, activity.Id);
        var mine = context.Person is null ? null : await db.Set<SignUp>()
            .SingleOrDefaultAsync(s => s.ActivityId == activity.Id && s.PersonId == context.Person.Id && s.State != SignUpState.Cancelled);
        var text = cards.Card(activity, confirmed, waiting);
        var buttons = new List<IReadOnlyList<InlineKeyboardButton>>();
        if (mine is not null)
            text += "\n\n" + (mine.State == SignUpState.Confirmed ? texts["YouAreSignedUp"] : texts.Format("YouAreWaiting", await Seats.PositionAsync(db, mine)));
        else if (activity.Capacity is { } c && confirmed >= c)
            buttons.Add([new InlineKeyboardButton(texts.Format("ButtonJoinWaiting", waiting + 1), Data(Card, "join"))]);
        else
            buttons.Add([new InlineKeyboardButton(texts["ButtonSignUp"], Data(Card, "join"))]);
        buttons.Add([new InlineKeyboardButton(texts["ButtonToList"], Data(Card, "list"))]);
        context.Ask(text, new InlineKeyboardMarkup(buttons));
    }

    private async Task SignUpAsync(FlowContext context, BrowseDraft draft)
    {
        var result = await seats.SignUpAsync(context.Update, draft.ActivityId, context.Person!, byStaff: false);
        var activity = await context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        var text = result.Outcome switch
        {
            SignUpOutcome.Confirmed => texts.Format("SignedUp", cards.Headline(activity)),
            SignUpOutcome.Waiting => texts.Format("OnWaitingList", cards.Headline(activity), result.WaitingPosition),
            SignUpOutcome.AlreadySignedUp when result.SignUp!.State == SignUpState.Waiting => texts.Format("AlreadyWaiting", result.WaitingPosition),
            SignUpOutcome.AlreadySignedUp => texts["AlreadySignedUp"],
            _ => texts["SignUpClosed"],
        };
        if (result.Overlaps is { Count: > 0 } overlaps)
            text += "\n\n" + texts.Format("OverlapWarning", string.Join("\n", overlaps.Select(cards.Headline)));
        await context.LeaveAsync(text);
    }

    private static string Shorten(string title) => title.Length <= 40 ? title : title[..39] + "…";

    private string Data(BrowseState state, string action, string? argument = null) => CallbackData.Make(Name, state.ToString(), action, argument);
}
