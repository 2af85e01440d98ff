using ClubBot.Conversations;
using ClubBot.Conversations.Machine;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using static ClubBot.Features.Activities.StaffState;
using static ClubBot.Features.Activities.StaffTrigger;
using Machine = ClubBot.Conversations.Machine.StateMachine<ClubBot.Features.Activities.StaffState, ClubBot.Features.Activities.StaffTrigger>;

namespace ClubBot.Features.Activities;

/// <summary>
/// «🗂 Занятия» for coordinators (C2, C7): upcoming activities; for each the roster with phones, a CSV file,
/// attendance person by person, signing up or removing someone on the phone's behalf, editing and cancelling.
/// </summary>
public sealed class StaffActivitiesFlow(BotTexts texts, ActivityCards cards, Seats seats, Roster roster, ActivityEditorFlow editor) : IFlow
{
    public string Name => "sa";

    public bool IsFor(Audience audience) => audience.IsStaff;

    public Task StartAsync(FlowContext context)
    {
        context.Session.State = nameof(List);
        var draft = new StaffDraft();
        context.SaveDraft(draft);
        return Show(context, draft, List);
    }

    public Task ShowAsync(FlowContext context)
    {
        var draft = context.Draft<StaffDraft>();
        return Show(context, draft, Build(context, draft).State);
    }

    public Task BackAsync(FlowContext context) => RunAsync(context, (m, _) => m.FireAsync(Back));

    public Task HandleAsync(FlowContext context, Input input) => RunAsync(context, async (machine, draft) =>
    {
        if (!context.Audience.IsStaff)
        {
            await context.LeaveAsync(texts["StaffOnly"]);
            return;
        }

        var state = machine.State;
        var data = context.ButtonFor(input, Name, state.ToString());
        var handled = data is not null
            ? await PressAsync(context, machine, draft, state, data)
            : input.Kind == InputKind.Text && await TypeAsync(context, machine, draft, state, input.Text ?? "");
        if (!handled)
        {
            context.AnswerWrongInput(input, state switch
            {
                ProxyName => "NameInvalid",
                ProxyPhone => "PhoneInvalid",
                ProxySettlement => "PlaceInvalid",
                _ => null,
            });
            await Show(context, draft, state);
        }
    });

    private async Task<bool> PressAsync(FlowContext context, Machine machine, StaffDraft draft, StaffState state, CallbackData data)
    {
        var db = context.Update.Db;
        long.TryParse(data.Argument, out var id);
        switch (state, data.Action)
        {
            case (List, "open") when await db.Set<Activity>().AnyAsync(a => a.Id == id):
                draft.ActivityId = id;
                return await FireAsync(context, machine, Open);
            case (List, "page"):
                draft.Page = (int)Math.Max(0, id);
                context.ReplacePressedButtons(await ListButtonsAsync(context, draft));
                return true;
            case (List, "new"):
                context.RemovePressedButtons();
                await context.EnterAsync(editor);
                return true;
            case (Card, "roster"):
                context.Say(roster.Text(await ActivityAsync(context, draft), await Roster.LiveAsync(db, draft.ActivityId)));
                await Show(context, draft, Card);
                return true;
            case (Card, "csv"):
                var activity = await ActivityAsync(context, draft);
                var file = new InputFile($"roster-{activity.Id}.csv", roster.Csv(await Roster.LiveAsync(db, activity.Id)), "text/csv");
                context.Update.Outbox.SendDocument(context.Update.ChatId, file, cards.Headline(activity), Outbox.OutboxPriority.Reply);
                return true;
            case (Card, "edit"):
                context.RemovePressedButtons();
                await editor.OpenAsync(context, await ActivityAsync(context, draft));
                return true;
            case (Card, "attendance"):
                return await FireAsync(context, machine, MarkAttendance);
            case (Card, "remove"):
                return await FireAsync(context, machine, RemovePerson);
            case (Card, "add"):
                return await FireAsync(context, machine, AddByPhone);
            case (Card, "cancel"):
                return await FireAsync(context, machine, CancelActivity);
            case (Card, "list"):
                return await FireAsync(context, machine, Back);
            case (Attendance, "mark") when await LiveSignUpAsync(context, draft, id) is { State: SignUpState.Confirmed } marked:
                marked.Attended = marked.Attended != true;
                await context.Update.FlushAsync();
                context.ReplacePressedButtons(await AttendanceButtonsAsync(context, draft, await PageOfAsync(context, draft, marked.Id)));
                return true;
            case (Attendance, "page"):
                context.ReplacePressedButtons(await AttendanceButtonsAsync(context, draft, (int)id));
                return true;
            case (Remove, "page"):
                context.ReplacePressedButtons(await RemoveButtonsAsync(context, draft, (int)id));
                return true;
            case (Attendance or Remove or RemoveConfirm or CancelConfirm, "back"):
                return await FireAsync(context, machine, Back);
            case (Remove, "pick") when await LiveSignUpAsync(context, draft, id) is not null:
                draft.SignUpId = id;
                return await FireAsync(context, machine, Pick);
            case (RemoveConfirm, "yes"):
                return await FireAsync(context, machine, Confirm);
            case (CancelConfirm, "yes"):
                return await FireAsync(context, machine, Confirm);
            default:
                return false;
        }
    }

    private async Task<bool> TypeAsync(FlowContext context, Machine machine, StaffDraft draft, StaffState state, string text)
    {
        switch (state)
        {
            case ProxyName when PersonName.TryClean(text, out var name):
                draft.ProxyName = name;
                await machine.FireAsync(Answered);
                return true;
            case ProxyPhone when PhoneNumber.TryNormalize(text, out var phone):
                draft.ProxyPhone = phone;
                await machine.FireAsync(Answered);
                return true;
            case ProxySettlement when context.Keyboards.Is(text, "ButtonSkip") || PersonName.TryCleanPlace(text, out _):
                PersonName.TryCleanPlace(text, out var place);
                await SignUpByPhoneAsync(context, draft, context.Keyboards.Is(text, "ButtonSkip") ? null : place);
                await machine.FireAsync(Answered);
                return true;
            default:
                return false;
        }
    }

    private async Task RunAsync(FlowContext context, Func<Machine, StaffDraft, Task> act)
    {
        var draft = context.Draft<StaffDraft>();
        await act(Build(context, draft), draft);
        if (context.Session.Flow == Name)
            context.SaveDraft(draft);
    }

    private Machine Build(FlowContext context, StaffDraft draft)
    {
        var m = new Machine(() => Enum.TryParse<StaffState>(context.Session.State, out var s) ? s : List, s => context.Session.State = s.ToString());
        Func<Transition<StaffState, StaffTrigger>, Task> show = t => Show(context, draft, t.Destination);
        m.Configure(List).Permit(Open, Card).Permit(Back, Closed).OnEntry(show);
        m.Configure(Card)
            .Permit(MarkAttendance, Attendance).Permit(RemovePerson, Remove).Permit(AddByPhone, ProxyName)
            .Permit(CancelActivity, CancelConfirm).Permit(Back, List).OnEntry(show);
        m.Configure(Attendance).Permit(Back, Card).OnEntry(show);
        m.Configure(Remove).Permit(Pick, RemoveConfirm).Permit(Back, Card).OnEntry(show);
        m.Configure(RemoveConfirm).Permit(Confirm, Card).Permit(Back, Remove).OnEntry(show)
            .OnExit(t => t.Trigger == Confirm ? RemoveAsync(context, draft) : Task.CompletedTask);
        m.Configure(ProxyName).Permit(Answered, ProxyPhone).Permit(Back, Card).OnEntry(show);
        m.Configure(ProxyPhone).Permit(Answered, ProxySettlement).Permit(Back, ProxyName).OnEntry(show);
        m.Configure(ProxySettlement).Permit(Answered, Card).Permit(Back, ProxyPhone).OnEntry(show);
        m.Configure(CancelConfirm).Permit(Confirm, Closed).Permit(Back, Card).OnEntry(show);
        m.Configure(Closed).OnEntry(t => t.Trigger == Confirm ? CancelActivityAsync(context, draft) : context.LeaveAsync());
        return m;
    }

    private async Task Show(FlowContext context, StaffDraft draft, StaffState state)
    {
        var db = context.Update.Db;
        switch (state)
        {
            case List:
                context.Ask(texts["StaffActivitiesTitle"], await ListButtonsAsync(context, draft));
                break;
            case Card:
                var activity = await ActivityAsync(context, draft);
                var (confirmed, waiting) = await ActivityQueries.CountsAsync(db, activity.Id);
                context.Ask(cards.Card(activity, confirmed, waiting), new InlineKeyboardMarkup(
                [
                    [Button("ButtonRoster", Card, "roster"), Button("ButtonCsv", Card, "csv")],
                    [Button("ButtonAttendance", Card, "attendance"), Button("ButtonEditActivity", Card, "edit")],
                    [Button("ButtonAddByPhone", Card, "add"), Button("ButtonRemovePerson", Card, "remove")],
                    [Button("ButtonCancelActivity", Card, "cancel"), Button("ButtonToList", Card, "list")],
                ]));
                break;
            case Attendance:
                context.Ask(texts["AttendanceTitle"], await AttendanceButtonsAsync(context, draft, 0));
                break;
            case Remove:
                context.Ask(texts["RemoveTitle"], await RemoveButtonsAsync(context, draft, 0));
                break;
            case RemoveConfirm when await LiveSignUpAsync(context, draft, draft.SignUpId) is { } signUp:
                context.Ask(texts.Format("ConfirmRemove", PersonLabel(signUp)), YesNo(RemoveConfirm, "ButtonYesRemove"));
                break;
            case ProxyName:
                context.AskText(texts["AskProxyName"]);
                break;
            case ProxyPhone:
                context.AskText(texts["AskProxyPhone"]);
                break;
            case ProxySettlement:
                context.AskText(texts["AskProxySettlement"], new KeyboardButton(texts["ButtonSkip"]));
                break;
            case CancelConfirm:
                context.Ask(texts.Format("ConfirmCancelActivity", cards.Headline(await ActivityAsync(context, draft))), YesNo(CancelConfirm, "ButtonYesCancelActivity"));
                break;
        }
    }

    private async Task<InlineKeyboardMarkup> ListButtonsAsync(FlowContext context, StaffDraft draft)
    {
        var upcoming = await ActivityQueries.Upcoming(context.Update.Db, context.Update.Now.AddDays(-7)).ToListAsync();
        return context.Keyboards.Paged(
            upcoming.Select(a => new InlineKeyboardButton(cards.Headline(a), Data(List, "open", a.Id.ToString()))).ToList(),
            draft.Page, p => Data(List, "page", p.ToString()), [Button("ButtonNewActivity", List, "new")]);
    }

    private async Task<InlineKeyboardMarkup> RemoveButtonsAsync(FlowContext context, StaffDraft draft, int page)
    {
        var live = await Roster.LiveAsync(context.Update.Db, draft.ActivityId);
        return context.Keyboards.Paged(
            live.Select(s => new InlineKeyboardButton(PersonLabel(s), Data(Remove, "pick", s.Id.ToString()))).ToList(),
            page, p => Data(Remove, "page", p.ToString()), [Button("ButtonBackToCard", Remove, "back")]);
    }

    private async Task<InlineKeyboardMarkup> AttendanceButtonsAsync(FlowContext context, StaffDraft draft, int page)
    {
        var confirmed = (await Roster.LiveAsync(context.Update.Db, draft.ActivityId)).Where(s => s.State == SignUpState.Confirmed).ToList();
        return context.Keyboards.Paged(
            confirmed.Select((s, i) => new InlineKeyboardButton((s.Attended switch { true => "✅ ", false => "❌ ", null => "⬜ " }) + PersonLabel(s), Data(Attendance, "mark", $"{s.Id}"))).ToList(),
            page, p => Data(Attendance, "page", p.ToString()), [Button("ButtonDone", Attendance, "back")]);
    }

    private async Task SignUpByPhoneAsync(FlowContext context, StaffDraft draft, string? settlement)
    {
        var db = context.Update.Db;
        // Someone already known by this phone (registered or added before) is the same person.
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Phone == draft.ProxyPhone && p.ErasedAt == null);
        if (person is null)
        {
            person = new Person
            {
                Name = draft.ProxyName,
                Phone = draft.ProxyPhone,
                Settlement = settlement,
                AddedByStaff = true,
                CreatedAt = context.Update.Now,
                LastSeenAt = context.Update.Now,
                RegisteredAt = context.Update.Now,
                ConsentedAt = context.Update.Now,
            };
            db.Add(person);
        }

        var result = await seats.SignUpAsync(context.Update, draft.ActivityId, person, byStaff: true);
        context.Say(result.Outcome switch
        {
            SignUpOutcome.Confirmed => texts.Format("ProxySignedUp", person.Name),
            SignUpOutcome.Waiting => texts.Format("ProxyWaiting", person.Name, result.WaitingPosition),
            SignUpOutcome.AlreadySignedUp => texts.Format("ProxyAlready", person.Name),
            _ => texts["SignUpClosed"],
        });
    }

    private async Task RemoveAsync(FlowContext context, StaffDraft draft)
    {
        if (await LiveSignUpAsync(context, draft, draft.SignUpId) is not { } signUp)
            return;
        await seats.CancelAsync(context.Update, signUp);
        var activity = await ActivityAsync(context, draft);
        if (signUp.Person?.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts.Format("RemovedByStaff", cards.Headline(activity), texts.ClubPhone));
        context.Say(texts.Format("Removed", PersonLabel(signUp)));
    }

    private async Task CancelActivityAsync(FlowContext context, StaffDraft draft)
    {
        var update = context.Update;
        await Seats.LockAsync(update, draft.ActivityId);
        var activity = await ActivityAsync(context, draft);
        if (activity.State != ActivityState.Planned)
        {
            await context.LeaveAsync(texts["ActivityChangedMeanwhile"]);
            return;
        }

        activity.State = ActivityState.Cancelled;
        activity.Version++;
        var live = await Roster.LiveAsync(update.Db, activity.Id);
        var told = 0;
        foreach (var chat in live.Select(s => s.Person?.ChatId).OfType<long>().Distinct())
        {
            update.Outbox.SendText(chat, texts.Format("ActivityCancelledNotice", cards.Headline(activity), texts.ClubPhone));
            told++;
        }

        var byPhone = live.Count(s => s.Person?.ChatId is null);
        await context.LeaveAsync(texts.Format("ActivityCancelled", told, byPhone));
    }

    private static Task<Activity> ActivityAsync(FlowContext context, StaffDraft draft) =>
        context.Update.Db.Set<Activity>().SingleAsync(a => a.Id == draft.ActivityId);

    private static Task<SignUp?> LiveSignUpAsync(FlowContext context, StaffDraft draft, long id) =>
        context.Update.Db.Set<SignUp>().Include(s => s.Person)
            .SingleOrDefaultAsync(s => s.Id == id && s.ActivityId == draft.ActivityId && s.State != SignUpState.Cancelled);

    private static async Task<bool> FireAsync(FlowContext context, Machine machine, StaffTrigger trigger)
    {
        if (!machine.CanFire(trigger))
            return false;
        context.RemovePressedButtons();
        await machine.FireAsync(trigger);
        return true;
    }

    private string PersonLabel(SignUp s)
    {
        var name = s.Person?.Name ?? s.Person?.TelegramName ?? texts["NameErased"];
        return s.State == SignUpState.Waiting ? $"{name} ({texts["StatusWaitingShort"]})" : name;
    }

    /// <summary>The attendance page a person is on, so marking them keeps the coordinator on that page.</summary>
    private static async Task<int> PageOfAsync(FlowContext context, StaffDraft draft, long signUpId)
    {
        var confirmed = (await Roster.LiveAsync(context.Update.Db, draft.ActivityId)).Where(s => s.State == SignUpState.Confirmed).ToList();
        var index = confirmed.FindIndex(s => s.Id == signUpId);
        return confirmed.Count + 1 <= Keyboards.MaxButtons ? 0 : Math.Max(0, index) / Keyboards.PageSize(1);
    }

    private InlineKeyboardMarkup YesNo(StaffState state, string yesKey) => new(
    [
        [Button(yesKey, state, "yes")],
        [Button("ButtonNo", state, "back")],
    ]);

    private InlineKeyboardButton Button(string key, StaffState state, string action) => new(texts[key], Data(state, action));

    private string Data(StaffState state, string action, string? argument = null) => CallbackData.Make(Name, state.ToString(), action, argument);
}
