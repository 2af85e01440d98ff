using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Conversations.Machine;
using ClubBot.Features.Onboarding;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Machine = ClubBot.Conversations.Machine.StateMachine<string, string>;

namespace ClubBot.Features.Help;

/// <summary>
/// What the three request flows share: their questions one after another, «Назад» to the one before, a summary
/// with «✅ Отправить заявку», and then the numbered request, told to staff and to volunteers nearby.
/// </summary>
public abstract class RequestFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock) : IFlow
{
    private const string Summary = "Summary";
    private const string Sent = "Sent";
    private const string Closed = "Closed";
    private const string Answered = "Answered";
    private const string Back = "Back";
    private const string Confirm = "Confirm";

    public abstract string Name { get; }

    protected abstract RequestKind Kind { get; }

    protected abstract IReadOnlyList<RequestStep> Steps { get; }

    protected BotTexts Texts => texts;

    public Task StartAsync(FlowContext context)
    {
        var draft = new RequestDraft();
        context.Session.State = Steps[0].Name;
        Steps[0].Show(context, draft);
        context.SaveDraft(draft);
        return Task.CompletedTask;
    }

    public Task ShowAsync(FlowContext context)
    {
        var draft = context.Draft<RequestDraft>();
        Show(context, draft, Build(context, draft).State);
        return Task.CompletedTask;
    }

    public Task BackAsync(FlowContext context) => RunAsync(context, (m, _) => m.FireAsync(Back));

    public Task HandleAsync(FlowContext context, Input input) => RunAsync(context, async (machine, draft) =>
    {
        var state = machine.State;
        if (state == Summary)
        {
            if (context.ButtonFor(input, Name, Summary) is { Action: "send" } || (input.Kind == InputKind.Text && context.Keyboards.Is(input.Text, "ButtonSendRequest")))
            {
                context.RemovePressedButtons();
                await machine.FireAsync(Confirm);
                return;
            }

            context.AnswerWrongInput(input);
            Show(context, draft, state);
            return;
        }

        var step = Steps.Single(s => s.Name == state);
        var refusal = step.Accept(context, draft, input);
        if (refusal is null)
        {
            if (input.Kind == InputKind.Callback)
                context.RemovePressedButtons();
            await machine.FireAsync(Answered);
            return;
        }

        if (refusal.Length == 0)
            context.AnswerWrongInput(input);
        else
            context.Say(texts[refusal]);
        step.Show(context, draft);
    });

    /// <summary>The button data of this press if it belongs to <paramref name="step"/> with <paramref name="action"/>.</summary>
    protected CallbackData? Pressed(FlowContext context, Input input, string step, string action) =>
        context.ButtonFor(input, Name, step) is { } data && data.Action == action ? data : null;

    protected string Data(string step, string action, string? argument = null) => CallbackData.Make(Name, step, action, argument);

    /// <summary>Today and the next six days, as buttons: «Сегодня», «Завтра», «пт, 27 ноября» …</summary>
    protected InlineKeyboardMarkup DayButtons(FlowContext context, string step)
    {
        var today = DateOnly.FromDateTime(Today(context));
        return new InlineKeyboardMarkup(Enumerable.Range(0, 7).Select(i =>
        {
            var day = today.AddDays(i);
            var label = i switch { 0 => texts["Today"], 1 => texts["Tomorrow"], _ => cards.Day(day) };
            return (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(label, Data(step, "day", day.DayNumber.ToString()))];
        }).ToList());
    }

    /// <summary>A day pressed from <see cref="DayButtons"/>, if it is still today or later.</summary>
    protected DateOnly? PressedDay(FlowContext context, Input input, string step) =>
        Pressed(context, input, step, "day") is { } data && int.TryParse(data.Argument, out var number)
        && number >= DateOnly.FromDateTime(Today(context)).DayNumber && number < DateOnly.FromDateTime(Today(context)).DayNumber + 7
            ? DateOnly.FromDayNumber(number) : null;

    /// <summary>The button that answers a place question with the settlement from the person's profile, if they gave one.</summary>
    protected KeyboardButton? ProfilePlaceButton(FlowContext context) =>
        context.Person?.Settlement is { } settlement ? new KeyboardButton(texts.Format("ButtonProfileAddress", settlement)) : null;

    /// <summary>A place typed or taken from the profile button; null when taken, or the refusal key.</summary>
    protected string? AcceptPlace(FlowContext context, Input input, Action<string> set, string invalidKey)
    {
        if (input.Kind != InputKind.Text)
            return "";
        if (ProfilePlaceButton(context) is { } button && input.Text == button.Text)
        {
            set(context.Person!.Settlement!);
            return null;
        }

        if (!PersonName.TryCleanPlace(input.Text, out var place) || place.Length < 3)
            return invalidKey;
        set(place);
        return null;
    }

    /// <summary>Today in the club's zone.</summary>
    protected DateTime Today(FlowContext context) => clock.ToLocal(context.Update.Now).Date;

    /// <summary>Fills the new request from the draft.</summary>
    protected abstract void Fill(HelpRequest request, RequestDraft draft);

    private async Task RunAsync(FlowContext context, Func<Machine, RequestDraft, Task> act)
    {
        var draft = context.Draft<RequestDraft>();
        await act(Build(context, draft), draft);
        if (context.Session.Flow == Name)
            context.SaveDraft(draft);
    }

    private Machine Build(FlowContext context, RequestDraft draft)
    {
        var m = new Machine(() => context.Session.State ?? Steps[0].Name, s => context.Session.State = s);
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            m.Configure(step.Name)
                .Permit(Answered, i + 1 < Steps.Count ? Steps[i + 1].Name : Summary)
                .Permit(Back, i > 0 ? Steps[i - 1].Name : Closed)
                .OnEntry(_ => Shown(context, draft, step.Name));
        }

        m.Configure(Summary).Permit(Confirm, Sent).Permit(Back, Steps[^1].Name).OnEntry(_ => Shown(context, draft, Summary));
        m.Configure(Sent).OnEntry(_ => SendAsync(context, draft));
        m.Configure(Closed).OnEntry(_ => context.LeaveAsync());
        return m;
    }

    private Task Shown(FlowContext context, RequestDraft draft, string state)
    {
        Show(context, draft, state);
        return Task.CompletedTask;
    }

    private void Show(FlowContext context, RequestDraft draft, string state)
    {
        if (state != Summary)
        {
            Steps.Single(s => s.Name == state).Show(context, draft);
            return;
        }

        var preview = new HelpRequest { Kind = Kind, Person = context.Person };
        Fill(preview, draft);
        context.Ask(texts["RequestSummaryTitle"] + "\n\n" + cards.Card(preview, @private: true).Split('\n', 2)[1],
            new InlineKeyboardMarkup([[new InlineKeyboardButton(texts["ButtonSendRequest"], Data(Summary, "send"))]]));
    }

    private async Task SendAsync(FlowContext context, RequestDraft draft)
    {
        var update = context.Update;
        var request = new HelpRequest { Kind = Kind, Person = context.Person!, Status = RequestStatus.New, CreatedAt = update.Now, UpdatedAt = update.Now };
        Fill(request, draft);
        update.Db.Add(request);
        await update.FlushAsync();
        await notices.AnnounceToStaffAsync(update, request);
        await notices.AnnounceToVolunteersAsync(update, request);
        await context.LeaveAsync(texts.Format("RequestAccepted", request.Id, cards.What(request)));
    }
}
