using System.Globalization;
using ClubBot.Audit;
using ClubBot.Club;
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
/// Saving a change tells everyone signed up; a larger capacity gives seats to the waiting list. A new activity may
/// repeat on weekdays until a date or for a number of meetings (P11); a change to one date of a series goes to that
/// date alone or to it and the dates after it.
/// </summary>
public sealed class ActivityEditorFlow(
    BotTexts texts,
    ActivityCards cards,
    EditorFields fields,
    SeriesDates series,
    Seats seats,
    IOptions<ActivitiesOptions> options,
    AuditLog audit,
    ClubTime clock)
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
            .PermitIf(EditorTrigger.Save, Saved, () => draft.FollowingCount == 0, "a single date")
            .PermitIf(EditorTrigger.Save, Scope, () => draft.FollowingCount > 0, "a date of a series with dates after it")
            .PermitIf(EditorTrigger.Repeat, RepeatDays, () => draft.ActivityId == 0 && draft.ForumTitle is null, "a new activity, not a forum's session")
            .PermitIf(EditorTrigger.PickForum, Forum, () => draft.ActivityId == 0 && !draft.Repeats, "a new activity that does not repeat")
            .InternalTransitionAsync(EditorTrigger.TurnPage, _ => TurnPageAsync(turn))
            .Permit(EditorTrigger.Back, Closed)
            .OnEntryAsync(_ =>
            {
                draft.Editing = true;
                return ShowStepAsync(turn);
            }, "show the summary");
        foreach (var field in EditorFields.Order)
            summary.PermitIf(EditorTrigger.Edit, field, () => draft.EditTarget == field, $"field {field}");
        m.Configure(RepeatDays)
            .InternalTransitionAsync(EditorTrigger.Toggle, _ => RedrawDaysAsync(turn))
            .Permit(EditorTrigger.Answered, RepeatEnd)
            .Permit(EditorTrigger.Back, Summary)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(RepeatEnd).Permit(EditorTrigger.Answered, Summary).Permit(EditorTrigger.Back, RepeatDays).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Forum).Permit(EditorTrigger.Answered, Summary).Permit(EditorTrigger.Back, Summary).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Scope).Permit(EditorTrigger.Save, Saved).Permit(EditorTrigger.Back, Summary).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Saved).OnEntryAsync(_ => SaveAsync(turn.Context, draft), "save the activity");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var (context, draft, state, data) = (turn.Context, turn.Draft, turn.State, turn.Pressed(input));
        if (state == Kind && data is { Action: "kind" } && options.Value.Find(data.Argument ?? "") is { } kind)
            return await turn.FireAsync(EditorTrigger.Answered, () => draft.Kind = kind.Code);
        if (state == Summary && data is { Action: "save" })
            return await SaveOrAskAsync(turn);
        if (state == Summary && data is { Action: "repeat" } && draft.ActivityId == 0)
            return await turn.FireAsync(EditorTrigger.Repeat, () => draft.RepeatDays = draft.RepeatDays != 0 ? draft.RepeatDays : SeriesPlan.Bit(clock.ToLocal(draft.StartsAt!.Value).DayOfWeek));
        if (state == RepeatDays && data is { Action: "day" } && int.TryParse(data.Argument, out var day) && day is >= 0 and < 7)
            return await turn.FireAsync(EditorTrigger.Toggle, () => draft.RepeatDays ^= SeriesPlan.Bit((DayOfWeek)day));
        if (state == RepeatDays && data is { Action: "next" })
            return draft.RepeatDays != 0 ? await turn.FireAsync(EditorTrigger.Answered) : await SayAndShowAsync(turn, texts["RepeatNoDays"]);
        if (state == RepeatDays && data is { Action: "norepeat" })
            return await turn.FireAsync(EditorTrigger.Back, () => (draft.RepeatDays, draft.RepeatUntil, draft.RepeatCount) = (0, null, null));
        if (state == RepeatEnd && input.Kind == InputKind.Text)
            return series.ApplyEnd(input.Text ?? "", draft) is { } wrong
                ? await SayAndShowAsync(turn, texts.Format(wrong, series.EndExamples(draft)))
                : await turn.FireAsync(EditorTrigger.Answered);
        if (state == Summary && data is { Action: "forum" } && draft.ActivityId == 0)
            return await turn.FireAsync(EditorTrigger.PickForum);
        if (state == Forum && data is { Action: "forum" } && long.TryParse(data.Argument, out var forumId)
            && await context.Update.Db.Set<ForumDay>().SingleOrDefaultAsync(f => f.Id == forumId) is { } forum)
            return await turn.FireAsync(EditorTrigger.Answered, () => (draft.ForumDayId, draft.ForumTitle) = (forum.Id, forum.Title));
        if (state == Forum && data is { Action: "noforum" })
            return await turn.FireAsync(EditorTrigger.Answered, () => (draft.ForumDayId, draft.ForumTitle) = (0, null));
        if (state == Forum && input.Kind == InputKind.Text)
            return (input.Text ?? "").Trim() is { Length: >= 3 and <= 150 } title && title.Any(char.IsLetter)
                ? await turn.FireAsync(EditorTrigger.Answered, () => (draft.ForumDayId, draft.ForumTitle) = (0, title))
                : await SayAndShowAsync(turn, texts["ForumTitleInvalid"]);
        if (state == Scope && data is { Action: "one" or "all" })
            return await turn.FireAsync(EditorTrigger.Save, () => draft.WithFollowing = data.Action == "all");
        if (state == Summary && data is { Action: "edit" } && Enum.TryParse<EditorState>(data.Argument, out var field) && EditorFields.Order.Contains(field))
        {
            draft.EditTarget = field;
            return await turn.FireAsync(EditorTrigger.Edit);
        }

        if (state == Summary && data is { Action: "page" } && int.TryParse(data.Argument, out var page))
            return await turn.FireAsync(EditorTrigger.TurnPage, () => draft.Page = page);
        if (input.Kind != InputKind.Text || !EditorFields.Order.Contains(state) || state == Kind)
            return false;
        if (EditorFields.IsOptional(state) && context.Keyboards.Is(input.Text, ClearKey(state)))
            return await turn.FireAsync(EditorTrigger.Answered, () => EditorFields.Clear(state, draft));
        if (fields.Apply(state, input.Text ?? "", draft) is { } error)
            return await SayAndShowAsync(turn, texts.Format(error, fields.Examples(draft)));
        return await turn.FireAsync(EditorTrigger.Answered);
    }

    private async Task<bool> SayAndShowAsync(Turn turn, string text)
    {
        turn.Context.Screen.Say(text);
        await ShowStepAsync(turn);
        return true;
    }

    /// <summary>«Сохранить»: a series is checked again (the start may have moved past its end); a date of one asks how far the change goes.</summary>
    private async Task<bool> SaveOrAskAsync(Turn turn)
    {
        var draft = turn.Draft;
        if (draft.ActivityId == 0 && draft.Repeats && series.ApplyEnd(EndAsTyped(draft), draft) is { } wrong)
            return await SayAndShowAsync(turn, texts.Format(wrong, series.EndExamples(draft)));
        if (draft.ActivityId != 0)
        {
            var activity = await turn.Update.Db.Set<Activity>().AsNoTracking().SingleAsync(a => a.Id == draft.ActivityId);
            draft.FollowingCount = (await SeriesDates.FollowingAsync(turn.Update.Db, activity)).Count;
        }

        return await turn.FireAsync(EditorTrigger.Save);
    }

    private static string EndAsTyped(ActivityDraft d) =>
        d.RepeatCount?.ToString(CultureInfo.InvariantCulture) ?? d.RepeatUntil!.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    protected override async Task ShowStepAsync(Turn turn)
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
        else if (state == RepeatDays)
        {
            context.Screen.Ask(texts.Format("AskRepeatDays", clock.Describe(draft.StartsAt!.Value)), DaysButtons(turn));
        }
        else if (state == RepeatEnd)
        {
            context.Screen.AskText(texts.Format("AskRepeatEnd", series.EndExamples(draft)));
        }
        else if (state == Forum)
        {
            var forums = await context.Update.Db.Set<ForumDay>()
                .Where(f => context.Update.Db.Set<Activity>().Any(a => a.ForumDayId == f.Id && a.State == ActivityState.Planned && a.StartsAt > context.Update.Now))
                .OrderByDescending(f => f.Id).Take(Keyboards.MaxButtons - 1).ToListAsync();
            context.Screen.Ask(texts["AskForum"], Turn.Column([
                .. forums.Select(f => new InlineKeyboardButton(f.Title, turn.Data("forum", f.Id.ToString(CultureInfo.InvariantCulture)))),
                new InlineKeyboardButton(texts["ButtonNoForum"], turn.Data("noforum"))]));
        }
        else if (state == Scope)
        {
            context.Screen.Ask(texts["AskEditScope"], Turn.Column(
                new InlineKeyboardButton(texts["ButtonOnlyThisDate"], turn.Data("one")),
                new InlineKeyboardButton(texts.Format("ButtonThisAndFollowing", draft.FollowingCount + 1), turn.Data("all"))));
        }
        else if (EditorFields.Order.Contains(state))
        {
            var prompt = texts.Format($"AskActivity{state}", fields.Examples(draft));
            if (fields.Current(state, draft) is { } current)
                prompt += "\n\n" + texts.Format("CurrentAnswer", current);
            context.Screen.AskText(prompt, EditorFields.IsOptional(state) ? new KeyboardButton(texts[ClearKey(state)]) : null);
        }
    }

    private Task TurnPageAsync(Turn turn)
    {
        turn.Context.Screen.ReplacePressedButtons(SummaryButtons(turn));
        return Task.CompletedTask;
    }

    private Task RedrawDaysAsync(Turn turn)
    {
        turn.Context.Screen.ReplacePressedButtons(DaysButtons(turn));
        return Task.CompletedTask;
    }

    /// <summary>The week in two rows, each chosen day ticked; then «Дальше» and «Без повтора».</summary>
    private InlineKeyboardMarkup DaysButtons(Turn turn)
    {
        var days = SeriesPlan.Week().Select(d => new InlineKeyboardButton(
            (SeriesPlan.Has(turn.Draft.RepeatDays, d) ? "✅ " : "") + texts[$"WeekdayShort{(int)d}"], turn.Data("day", ((int)d).ToString(CultureInfo.InvariantCulture)))).ToList();
        return new InlineKeyboardMarkup(
        [
            days[..4], days[4..],
            [new InlineKeyboardButton(texts["ButtonRepeatNext"], turn.Data("next"))],
            [new InlineKeyboardButton(texts["ButtonNoRepeat"], turn.Data("norepeat"))],
        ]);
    }

    private InlineKeyboardMarkup SummaryButtons(Turn turn)
    {
        List<InlineKeyboardButton> extra = [];
        if (turn.Button(texts[turn.Draft.Repeats ? "ButtonRepeatChange" : "ButtonRepeat"], EditorTrigger.Repeat, "repeat") is { } repeat)
            extra.Add(repeat);
        if (turn.Button(texts["ButtonForum"], EditorTrigger.PickForum, "forum") is { } forum)
            extra.Add(forum);
        extra.Add(new InlineKeyboardButton(texts["ButtonSaveActivity"], turn.Data("save")));
        return turn.Context.Keyboards.Paged(
            EditorFields.Order.Select(f => new InlineKeyboardButton(texts.Format("ButtonEditField", texts[$"Field{f}"]), turn.Data("edit", f.ToString()))).ToList(),
            turn.Draft.Page,
            p => turn.Data("page", p.ToString()),
            extra);
    }

    private string Describe(ActivityDraft d)
    {
        var lines = EditorFields.Order.Select(f => $"{texts[$"Field{f}"]}: {Value(f, d)}");
        if (d.Repeats)
            lines = lines.Append($"{texts["FieldRepeat"]}: {series.Summary(d)}");
        if (d.ForumTitle is { } forum)
            lines = lines.Append($"{texts["FieldForum"]}: «{forum}»");
        return string.Join('\n', lines);
    }

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
        if (draft.ActivityId == 0)
        {
            await CreateAsync(context, draft);
            return;
        }

        await Seats.LockAsync(update, draft.ActivityId);
        var activity = await update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);
        if (activity.Version != draft.Version || activity.State != ActivityState.Planned)
        {
            await context.Navigation.LeaveAsync(texts["ActivityChangedMeanwhile"]);
            return;
        }

        var old = ActivityDraft.From(activity);
        var dates = draft.WithFollowing ? [activity, .. await SeriesDates.FollowingAsync(update.Db, activity)] : new List<Activity> { activity };
        var (moveStart, moveEnd) = (draft.StartsAt!.Value - activity.StartsAt, draft.EndsAt!.Value - activity.EndsAt);
        foreach (var date in dates)
        {
            await Seats.LockAsync(update, date.Id);
            var startsAt = date.StartsAt;
            var endsAt = date.EndsAt;
            draft.ApplyTo(date);
            // Each later date moves by as much as this one did, so a series moved by an hour keeps its weekdays.
            (date.StartsAt, date.EndsAt) = (startsAt + moveStart, endsAt + moveEnd);
            date.Version++;
        }

        var changes = Changes(old, ActivityDraft.From(activity));
        // Only what changed, each field once: the journal is read on a phone.
        audit.Record(update, AuditActions.ActivityEdit, cards.Headline(activity), after: Changes(old, ActivityDraft.From(activity), inJournal: true)
            + (dates.Count > 1 ? "\n" + texts.Count(dates.Count, "NounMeeting") : ""));
        var told = new Dictionary<long, List<Activity>>();
        var live = new List<SignUp>();
        foreach (var date in dates)
        {
            var signedUp = await Roster.LiveAsync(update.Db, date.Id);
            live.AddRange(signedUp);
            await seats.PromoteAsync(update, date.Id);
            foreach (var chat in signedUp.Select(s => s.Person?.ChatId).OfType<long>().Distinct())
                (told.TryGetValue(chat, out var theirs) ? theirs : told[chat] = []).Add(date);
        }

        foreach (var (chat, theirs) in told)
            update.Outbox.SendText(chat, await ChangedNoticeAsync(update, theirs, changes));
        var people = live.Select(s => s.Person).DistinctBy(p => p?.Id);
        var saved = dates.Count > 1 ? texts.Format("SeriesSaved", dates.Count, told.Count) : texts.Format("ActivitySaved", told.Count);
        await context.Navigation.LeaveAsync(saved + PersonContact.ToCall(people, texts));
    }

    /// <summary>One message a person: the changes and the card of their first changed date, with how many dates it concerns.</summary>
    private async Task<string> ChangedNoticeAsync(Pipeline.UpdateContext update, List<Activity> theirs, string changes)
    {
        var first = theirs[0];
        var heading = theirs.Count == 1
            ? texts["ActivityChangedNotice"]
            : texts.Format("SeriesChangedNotice", first.Title, texts.Count(theirs.Count, "NounMeeting"), clock.Describe(first.StartsAt));
        var (confirmed, waiting) = await ActivityQueries.CountsAsync(update.Db, first.Id);
        return heading + "\n" + changes + "\n\n" + cards.Card(first, confirmed, waiting);
    }

    private async Task CreateAsync(FlowContext context, ActivityDraft draft)
    {
        var update = context.Update;
        if (!draft.Repeats)
        {
            var activity = new Activity { Kind = draft.Kind!, Title = draft.Title!, CreatedAt = update.Now, Version = 1 };
            draft.ApplyTo(activity);
            var created = texts.Format("ActivityCreated", cards.Headline(activity));
            if (draft.ForumTitle is { } title)
            {
                activity.ForumDayId = await ForumDayAsync(update, draft, title);
                var sessions = await update.Db.Set<Activity>().CountAsync(a => a.ForumDayId == activity.ForumDayId && a.State != ActivityState.Cancelled);
                created += "\n" + texts.Format("ForumSessionAdded", title, sessions + 1);
            }

            update.Db.Add(activity);
            audit.Record(update, AuditActions.ActivityCreate, cards.Headline(activity), after: Describe(draft));
            await context.Navigation.LeaveAsync(created);
            return;
        }

        var dates = await series.CreateAsync(update, draft);
        audit.Record(update, AuditActions.ActivityCreate, cards.Headline(dates[0]), after: Describe(draft));
        await context.Navigation.LeaveAsync(texts.Format("SeriesCreated", texts.Count(dates.Count, "NounMeeting"), series.Rhythm(draft.RepeatDays),
            clock.Describe(dates[0].StartsAt), clock.Describe(dates[^1].StartsAt)));
    }

    /// <summary>The chosen forum's key; a new one is written first, since its session names it by that key.</summary>
    private static async Task<long> ForumDayAsync(Pipeline.UpdateContext update, ActivityDraft draft, string title)
    {
        if (draft.ForumDayId != 0)
            return draft.ForumDayId;
        var forum = new ForumDay { Title = title, CreatedAt = update.Now };
        update.Db.Add(forum);
        await update.FlushAsync();
        return forum.Id;
    }

    private static string ClearKey(EditorState state) => state switch
    {
        Capacity => "ButtonNoLimit",
        Price => "ButtonFree",
        _ => "ButtonSkip",
    };
}
