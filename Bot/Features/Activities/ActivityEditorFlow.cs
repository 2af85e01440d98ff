using ClubBot.Conversations;
using ClubBot.Conversations.Machine;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static ClubBot.Features.Activities.EditorState;
using Machine = ClubBot.Conversations.Machine.StateMachine<ClubBot.Features.Activities.EditorState, ClubBot.Features.Activities.EditorTrigger>;

namespace ClubBot.Features.Activities;

/// <summary>
/// A coordinator creates an activity field by field, or changes any field of one from its summary (C2).
/// Saving a change tells everyone signed up; a larger capacity gives seats to the waiting list.
/// </summary>
public sealed class ActivityEditorFlow(BotTexts texts, ActivityCards cards, EditorFields fields, Seats seats, IOptions<ActivitiesOptions> options) : IFlow
{
    public string Name => "ae";

    public bool IsFor(Audience audience) => audience.IsStaff;

    public Task StartAsync(FlowContext context)
    {
        context.Session.State = nameof(Kind);
        var draft = new ActivityDraft();
        context.SaveDraft(draft);
        return Show(context, draft, Kind);
    }

    /// <summary>Opens an existing activity at its summary.</summary>
    public Task OpenAsync(FlowContext context, Activity activity)
    {
        context.Session.Flow = Name;
        context.Session.State = nameof(Summary);
        var draft = ActivityDraft.From(activity);
        context.SaveDraft(draft);
        return Show(context, draft, Summary);
    }

    public Task ShowAsync(FlowContext context)
    {
        var draft = context.Draft<ActivityDraft>();
        return Show(context, draft, Build(context, draft).State);
    }

    public Task BackAsync(FlowContext context) => RunAsync(context, (m, _) => m.FireAsync(EditorTrigger.Back));

    public Task HandleAsync(FlowContext context, Input input) => RunAsync(context, async (machine, draft) =>
    {
        if (!context.Audience.IsStaff)
        {
            await context.LeaveAsync(texts["StaffOnly"]);
            return;
        }

        var state = machine.State;
        var data = context.ButtonFor(input, Name, state.ToString());
        if (state == Kind && data is { Action: "kind" } && options.Value.Find(data.Argument ?? "") is { } kind)
        {
            draft.Kind = kind.Code;
            context.RemovePressedButtons();
            await machine.FireAsync(EditorTrigger.Answered);
        }
        else if (state == Summary && data is { Action: "save" })
        {
            context.RemovePressedButtons();
            await machine.FireAsync(EditorTrigger.Save);
        }
        else if (state == Summary && data is { Action: "edit" } && Enum.TryParse<EditorState>(data.Argument, out var field) && EditorFields.Order.Contains(field))
        {
            draft.EditTarget = field;
            context.RemovePressedButtons();
            await machine.FireAsync(EditorTrigger.Edit);
        }
        else if (state == Summary && data is { Action: "page" } && int.TryParse(data.Argument, out var page))
        {
            context.ReplacePressedButtons(SummaryButtons(context, page));
        }
        else if (input.Kind == InputKind.Text && EditorFields.IsOptional(state) && IsClear(context, state, input.Text))
        {
            EditorFields.Clear(state, draft);
            await machine.FireAsync(EditorTrigger.Answered);
        }
        else if (input.Kind == InputKind.Text && state is not (Kind or Summary) && fields.Apply(state, input.Text ?? "", draft) is var error)
        {
            if (error is null)
            {
                await machine.FireAsync(EditorTrigger.Answered);
                return;
            }

            context.Say(texts[error]);
            await Show(context, draft, state);
        }
        else
        {
            context.AnswerWrongInput(input);
            await Show(context, draft, state);
        }
    });

    private async Task RunAsync(FlowContext context, Func<Machine, ActivityDraft, Task> act)
    {
        var draft = context.Draft<ActivityDraft>();
        await act(Build(context, draft), draft);
        if (context.Session.Flow == Name)
            context.SaveDraft(draft);
    }

    private Machine Build(FlowContext context, ActivityDraft draft)
    {
        var m = new Machine(() => Enum.TryParse<EditorState>(context.Session.State, out var s) ? s : Kind, s => context.Session.State = s.ToString());
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
                .OnEntry(_ => Show(context, draft, field));
        }

        var summary = m.Configure(Summary)
            .Permit(EditorTrigger.Save, Saved)
            .Permit(EditorTrigger.Back, Closed)
            .OnEntry(_ =>
            {
                draft.Editing = true;
                return Show(context, draft, Summary);
            });
        foreach (var field in EditorFields.Order)
            summary.PermitIf(EditorTrigger.Edit, field, () => draft.EditTarget == field, $"field {field}");
        m.Configure(Saved).OnEntry(_ => SaveAsync(context, draft));
        m.Configure(Closed).OnEntry(_ => context.LeaveAsync());
        return m;
    }

    private Task Show(FlowContext context, ActivityDraft draft, EditorState state)
    {
        if (state == Kind)
        {
            context.Ask(texts["AskActivityKind"], new InlineKeyboardMarkup(options.Value.Kinds
                .Select(k => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(k.Label, Data(Kind, "kind", k.Code))]).ToList()));
        }
        else if (state == Summary)
        {
            context.Ask(texts["ActivitySummaryTitle"] + "\n\n" + Describe(draft), SummaryButtons(context, 0));
        }
        else if (EditorFields.Order.Contains(state))
        {
            var prompt = texts[$"AskActivity{state}"];
            if (fields.Current(state, draft) is { } current)
                prompt += "\n\n" + texts.Format("CurrentAnswer", current);
            context.AskText(prompt, EditorFields.IsOptional(state) ? new KeyboardButton(texts[ClearKey(state)]) : null);
        }

        return Task.CompletedTask;
    }

    private InlineKeyboardMarkup SummaryButtons(FlowContext context, int page) => context.Keyboards.Paged(
        EditorFields.Order.Select(f => new InlineKeyboardButton(texts.Format("ButtonEditField", texts[$"Field{f}"]), Data(Summary, "edit", f.ToString()))).ToList(),
        page,
        p => Data(Summary, "page", p.ToString()),
        [new InlineKeyboardButton(texts["ButtonSaveActivity"], Data(Summary, "save"))]);

    private string Describe(ActivityDraft d) =>
        string.Join('\n', EditorFields.Order.Select(f => $"{texts[$"Field{f}"]}: {(f == Kind ? cards.KindLabel(d.Kind ?? "") : fields.Current(f, d) ?? texts[f == Capacity ? "NoLimit" : f == Price ? "Free" : "NotGiven"])}"));

    private async Task SaveAsync(FlowContext context, ActivityDraft draft)
    {
        var update = context.Update;
        Activity activity;
        if (draft.ActivityId == 0)
        {
            activity = new Activity { Kind = draft.Kind!, Title = draft.Title!, CreatedAt = update.Now, Version = 1 };
            draft.ApplyTo(activity);
            update.Db.Add(activity);
            await context.LeaveAsync(texts.Format("ActivityCreated", cards.Headline(activity)));
            return;
        }

        await Seats.LockAsync(update, draft.ActivityId);
        activity = await update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        if (activity.Version != draft.Version || activity.State != ActivityState.Planned)
        {
            await context.LeaveAsync(texts["ActivityChangedMeanwhile"]);
            return;
        }

        draft.ApplyTo(activity);
        activity.Version++;
        var people = await update.Db.Set<SignUp>().Where(s => s.ActivityId == activity.Id && s.State != SignUpState.Cancelled && s.Person!.ChatId != null)
            .Select(s => s.Person!.ChatId!.Value).ToListAsync();
        await seats.PromoteAsync(update, activity.Id);
        var (confirmed, waiting) = await ActivityQueries.CountsAsync(update.Db, activity.Id);
        foreach (var chat in people)
            update.Outbox.SendText(chat, texts["ActivityChangedNotice"] + "\n\n" + cards.Card(activity, confirmed, waiting));
        await context.LeaveAsync(texts.Format("ActivitySaved", people.Count));
    }

    private bool IsClear(FlowContext context, EditorState state, string? text) => context.Keyboards.Is(text, ClearKey(state));

    private static string ClearKey(EditorState state) => state switch
    {
        Capacity => "ButtonNoLimit",
        Price => "ButtonFree",
        _ => "ButtonSkip",
    };

    private string Data(EditorState state, string action, string? argument = null) => CallbackData.Make(Name, state.ToString(), action, argument);
}
