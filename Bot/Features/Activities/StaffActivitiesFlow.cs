using ClubBot.Audit;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Activities.StaffState;
using static ClubBot.Features.Activities.StaffTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.StaffState, ClubBot.Features.Activities.StaffTrigger, ClubBot.Features.Activities.StaffDraft>;

namespace ClubBot.Features.Activities;

/// <summary>
/// «🗂 Занятия» for coordinators (C2, C7): upcoming activities, and for each a card with the roster with phones,
/// a CSV file and cancelling (with a reason passed on to those signed up); attendance, removal, a sign-up by phone and editing are flows of their own.
/// </summary>
public sealed class StaffActivitiesFlow(
    BotTexts texts,
    ActivityCards cards,
    Roster roster,
    ActivityEditorFlow editor,
    AttendanceFlow attendance,
    RemovalFlow removal,
    ProxySignUpFlow proxy,
    AuditLog audit,
    ClubTime clock,
    SeriesDates series,
    IEnumerable<ISignUpRides> rides) : MachineFlow<StaffState, StaffTrigger, StaffDraft>(Back)
{
    public const string FlowName = "sa";

    /// <summary>A reason fits one line of the notice on a phone.</summary>
    private const int MaxReason = 300;

    public override string Name => FlowName;

    protected override StaffState Initial => List;

    public override bool IsFor(Audience audience) => audience.IsStaff;

    /// <summary>The card of one activity, where the card's jobs come back to.</summary>
    public static FlowStep CardOf(long activityId) => new(FlowName, nameof(Card), new StaffDraft { ActivityId = activityId });

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(List).Permit(Open, Card).InternalTransitionAsync(TurnPage, _ => RedrawListAsync(turn)).Permit(Back, Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Card)
            .PermitIf(CancelActivity, CancelReason, () => turn.Draft.FollowingCount == 0, "a single date")
            .PermitIf(CancelActivity, CancelScope, () => turn.Draft.FollowingCount > 0, "a date of a series with dates after it")
            .Permit(Back, List).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(CancelScope).Permit(Scoped, CancelReason).Permit(Back, Card).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(CancelReason)
            .Permit(Answered, CancelConfirm)
            .PermitIf(Back, Card, () => turn.Draft.FollowingCount == 0, "a single date")
            .PermitIf(Back, CancelScope, () => turn.Draft.FollowingCount > 0, "a date of a series")
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(CancelConfirm).Permit(Confirm, Closed).Permit(Keep, Card).Permit(Back, CancelReason).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Closed).OnEntryAsync(t => t.Trigger == Confirm ? CancelActivityAsync(turn) : turn.Context.Navigation.LeaveAsync(), "cancel the activity when confirmed, else back to the menu");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var (context, draft, db) = (turn.Context, turn.Draft, turn.Update.Db);
        var data = turn.Pressed(input);
        long.TryParse(data?.Argument, out var id);
        switch (turn.State, data?.Action)
        {
            case (List, "open") when await db.Set<Activity>().AnyAsync(a => a.Id == id):
                return await turn.FireAsync(Open, () => draft.ActivityId = id);
            case (List, "page"):
                return await turn.FireAsync(TurnPage, () => draft.Page = (int)Math.Max(0, id));
            case (List, "new"):
                context.Screen.RemovePressedButtons();
                await context.Navigation.EnterAsync(editor);
                return true;
            case (Card, "roster"):
                context.Screen.Say(roster.Text(await ActivityAsync(turn), await Roster.LiveAsync(db, draft.ActivityId)));
                await ShowStepAsync(turn);
                return true;
            case (Card, "csv"):
                var activity = await ActivityAsync(turn);
                var file = new OutgoingFile($"roster-{activity.Id}.csv", roster.Csv(await Roster.LiveAsync(db, activity.Id)), "text/csv");
                context.Update.Outbox.SendDocument(context.Update.ChatId, file, cards.Headline(activity), Outbox.OutboxPriority.Reply);
                return true;
            case (Card, "edit"):
                context.Screen.RemovePressedButtons();
                await editor.OpenAsync(context, await ActivityAsync(turn));
                return true;
            case (Card, "attendance") when await ActivityAsync(turn) is { } notYet && notYet.StartsAt > context.Update.Now:
                // Who came can only be known once it has begun; the card comes again under the note.
                context.Screen.RemovePressedButtons();
                context.Screen.Say(texts.Format("AttendanceNotYet", clock.When(notYet.StartsAt)));
                await BeginAsync(context, new StaffDraft { ActivityId = notYet.Id }, Card);
                return true;
            case (Card, "attendance" or "remove" or "add"):
                context.Screen.RemovePressedButtons();
                await (data!.Action switch { "attendance" => attendance, "remove" => removal, _ => (CardTaskFlow)proxy }).OpenAsync(context, draft.ActivityId);
                return true;
            // Once begun, an activity was held: the period's report counts it, and cancelling would rewrite that.
            case (Card, "cancel") when await ActivityAsync(turn) is { } begun && begun.StartsAt <= context.Update.Now:
                context.Screen.Say(texts["ActivityAlreadyBegun"]);
                await ShowStepAsync(turn);
                return true;
            case (Card, "cancel"):
                var following = (await SeriesDates.FollowingAsync(db, await ActivityAsync(turn))).Count;
                return await turn.FireAsync(CancelActivity, () => (draft.CancelReason, draft.FollowingCount, draft.WithFollowing) = (null, following, false));
            case (CancelScope, "one" or "all"):
                return await turn.FireAsync(Scoped, () => draft.WithFollowing = data!.Action == "all");
            case (CancelReason, null) when input.Kind == InputKind.Text:
                return await TakeReasonAsync(turn, input.Text!.Trim());
            case (Card, "list"):
                return await turn.FireAsync(Back);
            case (CancelConfirm, "back"):
                return await turn.FireAsync(Keep);
            case (CancelConfirm, "yes"):
                return await turn.FireAsync(Confirm);
            default:
                return false;
        }
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var context = turn.Context;
        switch (turn.State)
        {
            case List:
                context.Screen.Ask(texts["StaffActivitiesTitle"], await ListButtonsAsync(turn));
                break;
            case Card:
                var activity = await ActivityAsync(turn);
                var (confirmed, waiting) = await ActivityQueries.CountsAsync(turn.Update.Db, activity.Id);
                List<IReadOnlyList<InlineKeyboardButton>> rows =
                [
                    [Button(turn, "ButtonRoster", "roster"), Button(turn, "ButtonCsv", "csv")],
                    [Button(turn, "ButtonAttendance", "attendance"), Button(turn, "ButtonEditActivity", "edit")],
                    [Button(turn, "ButtonAddByPhone", "add"), Button(turn, "ButtonRemovePerson", "remove")],
                ];
                foreach (var ride in rides)
                    if (await ride.StaffButtonAsync(turn.Update, activity.Id) is { } trips)
                        rows.Add([trips]);
                rows.Add([turn.Button(texts["ButtonCancelActivity"], CancelActivity, "cancel")!]);
                context.Screen.Ask(cards.Card(activity, confirmed, waiting), new InlineKeyboardMarkup(rows));
                break;
            case CancelScope:
                context.Screen.Ask(texts["AskCancelScope"], Turn.Column(
                    new InlineKeyboardButton(texts["ButtonOnlyThisDate"], turn.Data("one")),
                    new InlineKeyboardButton(texts.Format("ButtonThisAndFollowing", turn.Draft.FollowingCount + 1), turn.Data("all"))));
                break;
            case CancelReason:
                context.Screen.AskText(texts["AskCancelReason"], new KeyboardButton(texts["ButtonNoReason"]));
                break;
            case CancelConfirm:
                context.Screen.Ask(await ConfirmCancelTextAsync(turn), Turn.Column(
                    turn.Button(texts["ButtonYesCancelActivity"], Confirm, "yes"),
                    turn.Button(texts["ButtonKeepActivity"], Keep, "back")));
                break;
        }
    }

    private async Task RedrawListAsync(Turn turn) => turn.Context.Screen.ReplacePressedButtons(await ListButtonsAsync(turn));

    private async Task<InlineKeyboardMarkup> ListButtonsAsync(Turn turn)
    {
        var upcoming = await ActivityQueries.Upcoming(turn.Update.Db, turn.Update.Now.AddDays(-7)).ToListAsync();
        return turn.Context.Keyboards.Paged(
            upcoming.Select(a => turn.Button(cards.Headline(a), Open, "open", a.Id.ToString())!).ToList(),
            turn.Draft.Page, p => turn.Data("page", p.ToString()), [Button(turn, "ButtonNewActivity", "new")]);
    }

    /// <summary>A reason typed, or «Без причины»; a text too short or too long is told so with the limit.</summary>
    private async Task<bool> TakeReasonAsync(Turn turn, string text)
    {
        if (turn.Context.Keyboards.Is(text, "ButtonNoReason"))
            return await turn.FireAsync(Answered, () => turn.Draft.CancelReason = null);
        if (text.Length is < 3 or > MaxReason || !text.Any(char.IsLetter))
        {
            turn.Context.Screen.Say(texts.Format("CancelReasonInvalid", MaxReason));
            await ShowStepAsync(turn);
            return true;
        }

        return await turn.FireAsync(Answered, () => turn.Draft.CancelReason = text);
    }

    /// <summary>The headline, with the reason on a line of its own when there is one.</summary>
    private string Cancelled(Activity activity, string? reason) =>
        cards.Headline(activity) + (reason is null ? "" : "\n" + texts.Format("CancelReasonLine", reason));

    private async Task<string> ConfirmCancelTextAsync(Turn turn)
    {
        var activity = await ActivityAsync(turn);
        if (!turn.Draft.WithFollowing)
            return texts.Format("ConfirmCancelActivity", Cancelled(activity, turn.Draft.CancelReason));
        List<Activity> dates = [activity, .. await SeriesDates.FollowingAsync(turn.Update.Db, activity)];
        return texts.Format("ConfirmCancelSeries", activity.Title, texts.Count(dates.Count, "NounMeeting"), series.Days([.. dates.Select(d => d.StartsAt)]), ReasonLine(turn.Draft.CancelReason));
    }

    private string ReasonLine(string? reason) => reason is null ? "" : "\n" + texts.Format("CancelReasonLine", reason);

    private async Task CancelActivityAsync(Turn turn)
    {
        var (context, update) = (turn.Context, turn.Update);
        await Seats.LockAsync(update, turn.Draft.ActivityId);
        var activity = await ActivityAsync(turn);
        if (activity.State != ActivityState.Planned || activity.StartsAt <= update.Now)
        {
            await context.Navigation.LeaveAsync(texts[activity.State != ActivityState.Planned ? "ActivityChangedMeanwhile" : "ActivityAlreadyBegun"]);
            return;
        }

        List<Activity> dates = turn.Draft.WithFollowing ? [activity, .. await SeriesDates.FollowingAsync(update.Db, activity)] : [activity];
        var told = new Dictionary<long, List<Activity>>();
        var people = new List<People.Person?>();
        foreach (var date in dates)
        {
            await Seats.LockAsync(update, date.Id);
            date.State = ActivityState.Cancelled;
            date.Version++;
            audit.Record(update, AuditActions.ActivityCancel, cards.Headline(date), texts["AuditActivityPlanned"], texts["AuditActivityCancelled"]);
            var live = await Roster.LiveAsync(update.Db, date.Id);
            // A car booked to take someone there is not needed either; its cancellation is told with the activity's.
            foreach (var signUp in live)
                foreach (var ride in rides)
                    await ride.CancelAsync(update, signUp);
            people.AddRange(live.Select(s => s.Person));
            foreach (var chat in live.Select(s => s.Person?.ChatId).OfType<long>().Distinct())
                (told.TryGetValue(chat, out var theirs) ? theirs : told[chat] = []).Add(date);
        }

        // One message a person, naming the dates they had, however many of the series' dates went.
        foreach (var (chat, theirs) in told)
            update.Outbox.SendText(chat, theirs.Count == 1
                ? texts.WithPhone("ActivityCancelledNotice", Cancelled(theirs[0], turn.Draft.CancelReason))
                : texts.WithPhone("SeriesCancelledNotice", theirs[0].Title, series.Days([.. theirs.Select(d => d.StartsAt)]), ReasonLine(turn.Draft.CancelReason)));
        var done = dates.Count > 1 ? texts.Format("SeriesCancelled", dates.Count, told.Count) : texts.Format("ActivityCancelled", told.Count);
        await context.Navigation.LeaveAsync(done + PersonContact.ToCall(people.DistinctBy(p => p?.Id), texts));
    }

    private static Task<Activity> ActivityAsync(Turn turn) =>
        turn.Update.Db.Set<Activity>().SingleAsync(a => a.Id == turn.Draft.ActivityId);

    /// <summary>A button that opens another flow or answers at once, without moving this machine.</summary>
    private InlineKeyboardButton Button(Turn turn, string key, string action) => new(texts[key], turn.Data(action));
}
