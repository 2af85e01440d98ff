using ClubBot.Audit;
using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Activities.EditorState;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.EditorState, ClubBot.Features.Activities.EditorTrigger, ClubBot.Features.Activities.ActivityDraft>;

namespace ClubBot.Features.Activities;

/// <summary>
/// A coordinator creates an activity field by field, or changes any field of one from its summary (C2).
/// Saving a change tells everyone signed up; a larger capacity gives seats to the waiting list.
/// </summary>
public sealed class ActivityEditorFlow(BotTexts texts, ActivityCards cards, EditorFields fields, Seats seats, IOptions<ActivitiesOptions> options, AuditLog audit)
    : MachineFlow<EditorState, EditorTrigger, ActivityDraft>(EditorTrigger.Back)
{
    public override string Name => "ae";

    protected override EditorState Initial => Kind;

    public override bool IsFor(Audience audience) => audience.IsStaff;

    /// <summary>Opens an existing activity at its summary.</summary>
    public Task OpenAsync(FlowContext context, Activity activity) => BeginAsync(context, ActivityDraft.From(activity), Summary);

    protected override void Configure(Turn turn)
    {
        var (m, draft) = (turn.Machine, turn.Draft);
        Func<bool> editing = () => draft.Editing;
        Func<bool> firstPass = () => !draft.Editing;
        for (var i = 0; i < EditorFields.Order.Length; i++)
        {
            var field = EditorFields.Order[i];
            var next = i + 1 < EditorFields.Order.Length ? EditorFields.Order[i + 1] : Summary;
            var previous = i > 0 ? EditorFields.Order[i - 1] : Closed;
            m.Configure(field)
                .PermitIf(EditorTrigger.Answered, next, firstPass, "creating")
                .PermitIf(EditorTrigger.Answered, Summary, editing, "changing one field")
                .PermitIf(EditorTrigger.Back, previous, firstPass, "creating")
                .PermitIf(EditorTrigger.Back, Summary, editing, "changing one field")
                .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        }

        var summary = m.Configure(Summary)
            .Permit(EditorTrigger.Save, Saved)
            .InternalTransitionAsync(EditorTrigger.TurnPage, _ => TurnPageAsync(turn))
            .Permit(EditorTrigger.Back, Closed)
            .OnEntryAsync(_ =>
            {
                draft.Editing = true;
                return ShowStepAsync(turn);
            }, "show the summary");
        foreach (var field in EditorFields.Order)
            summary.PermitIf(EditorTrigger.Edit, field, () => draft.EditTarget == field, $"field {field}");
        m.Configure(Saved).OnEntryAsync(_ => SaveAsync(turn.Context, draft), "save the activity");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var (context, draft, state, data) = (turn.Context, turn.Draft, turn.State, turn.Pressed(input));
        if (state == Kind && data is { Action: "kind" } && options.Value.Find(data.Argument ?? "") is { } kind)
            return await turn.FireAsync(EditorTrigger.Answered, () => draft.Kind = kind.Code);
        if (state == Summary && data is { Action: "save" })
            return await turn.FireAsync(EditorTrigger.Save);
        if (state == Summary && data is { Action: "edit" } && Enum.TryParse<EditorState>(data.Argument, out var field) && EditorFields.Order.Contains(field))
        {
            draft.EditTarget = field;
            return await turn.FireAsync(EditorTrigger.Edit);
        }

        if (state == Summary && data is { Action: "page" } && int.TryParse(data.Argument, out var page))
            return await turn.FireAsync(EditorTrigger.TurnPage, () => draft.Page = page);
        if (input.Kind != InputKind.Text || state is Kind or Summary)
            return false;
        if (EditorFields.IsOptional(state) && context.Keyboards.Is(input.Text, ClearKey(state)))
            return await turn.FireAsync(EditorTrigger.Answered, () => EditorFields.Clear(state, draft));
        if (fields.Apply(state, input.Text ?? "", draft) is { } error)
        {
            context.Screen.Say(texts.Format(error, fields.Examples(draft)));
            await ShowStepAsync(turn);
            return true;
        }

        return await turn.FireAsync(EditorTrigger.Answered);
    }

    protected override Task ShowStepAsync(Turn turn)
    {
        var (context, draft, state) = (turn.Context, turn.Draft, turn.State);
        if (state == Kind)
        {
            context.Screen.Ask(texts["AskActivityKind"], Turn.Column(options.Value.Kinds.Select(k => turn.Button(k.Label, EditorTrigger.Answered, "kind", k.Code)).ToArray()));
        }
        else if (state == Summary)
        {
            draft.Page = 0;
            context.Screen.Ask(texts["ActivitySummaryTitle"] + "\n\n" + Describe(draft), SummaryButtons(turn));
        }
        else if (EditorFields.Order.Contains(state))
        {
            var prompt = texts.Format($"AskActivity{state}", fields.Examples(draft));
            if (fields.Current(state, draft) is { } current)
                prompt += "\n\n" + texts.Format("CurrentAnswer", current);
            context.Screen.AskText(prompt, EditorFields.IsOptional(state) ? new KeyboardButton(texts[ClearKey(state)]) : null);
        }

        return Task.CompletedTask;
    }

    private Task TurnPageAsync(Turn turn)
    {
        turn.Context.Screen.ReplacePressedButtons(SummaryButtons(turn));
        return Task.CompletedTask;
    }

    private InlineKeyboardMarkup SummaryButtons(Turn turn) => turn.Context.Keyboards.Paged(
        EditorFields.Order.Select(f => new InlineKeyboardButton(texts.Format("ButtonEditField", texts[$"Field{f}"]), turn.Data("edit", f.ToString()))).ToList(),
        turn.Draft.Page,
        p => turn.Data("page", p.ToString()),
        [turn.Button(texts["ButtonSaveActivity"], EditorTrigger.Save, "save")!]);

    private string Describe(ActivityDraft d) =>
        string.Join('\n', EditorFields.Order.Select(f => $"{texts[$"Field{f}"]}: {Value(f, d)}"));

    private string Value(EditorState field, ActivityDraft d) =>
        field == Kind ? cards.KindLabel(d.Kind ?? "") : fields.Current(field, d) ?? texts[field == Capacity ? "NoLimit" : field == Price ? "Free" : "NotGiven"];

    /// <summary>What changed, field by field, so nobody has to compare the new card with a memory of the old one.</summary>
    private string Changes(ActivityDraft before, ActivityDraft after, bool inJournal = false) => string.Join('\n', EditorFields.Order
        .Where(f => Value(f, before) != Value(f, after))
        // A long text would bury the rest; saying that it changed is enough, the card below has the new one.
        .Select(f => f is Description or Accessibility
            ? texts.Format(inJournal ? "ActivityFieldChangedInJournal" : "ActivityFieldChanged", texts[$"Field{f}"])
            : texts.Format("ActivityFieldChangedFromTo", texts[$"Field{f}"], Value(f, before), Value(f, after))));

    private async Task SaveAsync(FlowContext context, ActivityDraft draft)
    {
        var update = context.Update;
        Activity activity;
        if (draft.ActivityId == 0)
        {
            activity = new Activity { Kind = draft.Kind!, Title = draft.Title!, CreatedAt = update.Now, Version = 1 };
            draft.ApplyTo(activity);
            update.Db.Add(activity);
            audit.Record(update, AuditActions.ActivityCreate, cards.Headline(activity), after: Describe(draft));
            await context.Navigation.LeaveAsync(texts.Format("ActivityCreated", cards.Headline(activity)));
            return;
        }

        await Seats.LockAsync(update, draft.ActivityId);
        activity = await update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        if (activity.Version != draft.Version || activity.State != ActivityState.Planned)
        {
            await context.Navigation.LeaveAsync(texts["ActivityChangedMeanwhile"]);
            return;
        }

        var old = ActivityDraft.From(activity);
        draft.ApplyTo(activity);
        activity.Version++;
        // Only what changed, each field once: the journal is read on a phone.
        audit.Record(update, AuditActions.ActivityEdit, cards.Headline(activity), after: Changes(old, ActivityDraft.From(activity), inJournal: true));
        var live = await Roster.LiveAsync(update.Db, activity.Id);
        await seats.PromoteAsync(update, activity.Id);
        var (confirmed, waiting) = await ActivityQueries.CountsAsync(update.Db, activity.Id);
        var notice = texts["ActivityChangedNotice"] + "\n" + Changes(old, ActivityDraft.From(activity)) + "\n\n" + cards.Card(activity, confirmed, waiting);
        var chats = live.Select(s => s.Person?.ChatId).OfType<long>().Distinct().ToList();
        foreach (var chat in chats)
            update.Outbox.SendText(chat, notice);
        await context.Navigation.LeaveAsync(texts.Format("ActivitySaved", chats.Count) + PersonContact.ToCall(live.Select(s => s.Person), texts));
    }

    private static string ClearKey(EditorState state) => state switch
    {
        Capacity => "ButtonNoLimit",
        Price => "ButtonFree",
        _ => "ButtonSkip",
    };
}
