using ClubBot.Club;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using ClubBot.Transport;
using Microsoft.Extensions.Options;

namespace ClubBot.Conversations;

/// <summary>
/// Every update's first stop. /start, /help, «🏠 Меню», «⬅️ Назад» and «Отмена» work from anywhere, and so does
/// another menu entry's label (the flow under way is kept to come back to); otherwise the flow the chat is in
/// takes the input, or the main menu does. Nothing a person sends ends in silence.
/// </summary>
public sealed class ConversationRouter(
    IEnumerable<IFlow> flows,
    IEnumerable<IMessageButtons> messageButtons,
    MainMenu menu,
    Keyboards keyboards,
    BotTexts texts,
    StaffDirectory staff,
    IOptions<ConversationOptions> options,
    IOptions<ClubOptions> club,
    IEnumerable<IAsideOffer> asides,
    IEnumerable<IStaffBacklog> backlogs) : IUpdateHandler
{
    private readonly IReadOnlyCollection<IFlow> _flows = flows.ToList();

    public async Task HandleAsync(UpdateContext update, CancellationToken ct)
    {
        var input = Input.From(update.Update);
        if (input.Kind == InputKind.Other && update.Update.Message is null)
            return;

        var session = await update.SessionAsync(ct);

        var context = new FlowContext(update, session, staff.IsAdmin(update.Update.Sender?.Id), texts, keyboards, menu, _flows, asides.FirstOrDefault());
        var flow = _flows.FirstOrDefault(f => f.Name == session.Flow);
        var expired = update.Now - session.UpdatedAt > TimeSpan.FromHours(options.Value.SessionTimeoutHours);
        if (expired)
            session.Paused = null;
        session.Touch(update.Now);

        if (CallbackData.Parse(input.CallbackData) is { } data && messageButtons.FirstOrDefault(b => b.Prefix == data.Flow) is { } buttons)
        {
            await buttons.HandleAsync(context, data);
            if (context.ShowStepAfter && flow is not null && !expired && session.Flow == flow.Name && flow.IsFor(context.Audience))
                await flow.ShowAsync(context);
            return;
        }

        if (flow is not null && !flow.IsFor(context.Audience) && !IsStart(input))
        {
            context.Screen.RemovePressedButtons();
            await context.Navigation.LeaveAsync(texts["StaffOnly"]);
            return;
        }

        if (session.Flow is not null && (flow is null || expired) && !IsStart(input))
        {
            context.Screen.RemovePressedButtons();
            await context.Navigation.LeaveAsync(texts["SessionExpired"]);
            return;
        }

        await RouteAsync(context, flow, input);
    }

    private async Task RouteAsync(FlowContext context, IFlow? flow, Input input)
    {
        var text = input.Kind == InputKind.Text ? input.Text : null;
        if (IsStart(input))
            await StartAsync(context, flow);
        else if (text is "/help")
        {
            context.Screen.Say(texts.WithPhone("Help"));
            await ShowWhereWeAreAsync(context, flow);
        }
        else if (keyboards.Is(text, "ButtonMenu"))
            await context.Navigation.LeaveAsync();
        else if (keyboards.Is(text, "ButtonCancel") || keyboards.Is(text, "WordCancel"))
            await context.Navigation.LeaveAsync(flow is null ? null : texts["Cancelled"]);
        else if (keyboards.Is(text, "ButtonBack"))
            await (flow is null ? context.Navigation.LeaveAsync() : flow.BackAsync(context));
        else if (flow is not null && menu.EntryFor(context.Audience, text) is { } entry)
            await context.Navigation.SwitchToAsync(entry);
        else if (flow is not null)
            await flow.HandleAsync(context, input);
        else if (!await menu.TryOpenAsync(context, text))
            await AnswerOutsideMenuAsync(context, input);
    }

    private async Task StartAsync(FlowContext context, IFlow? flow)
    {
        var welcome = _flows.OfType<IWelcomeFlow>().FirstOrDefault();
        if (context.Audience.IsGuest && welcome is not null)
        {
            if (flow == welcome)
            {
                context.Screen.Preface(texts["WelcomeResume"]);
                await flow.ShowAsync(context);
            }
            else
            {
                context.Screen.Preface(texts.Format("Welcome", club.Value.Name));
                await context.Navigation.EnterAsync(welcome);
            }
        }
        else
        {
            await context.Navigation.LeaveAsync(texts.Format("WelcomeBack", club.Value.Name) + await WaitingForStaffAsync(context));
        }
    }

    /// <summary>For staff: what waits for them, so what arrived before any coordinator was in the bot is seen.</summary>
    private async Task<string> WaitingForStaffAsync(FlowContext context)
    {
        if (!context.Audience.IsStaff)
            return "";
        var lines = new List<string>();
        foreach (var backlog in backlogs)
            if (await backlog.WaitingAsync(context.Update) is { } line)
                lines.Add("• " + line);
        return lines.Count == 0 ? "" : "\n\n" + texts["WaitingForStaff"] + "\n" + string.Join('\n', lines);
    }

    private static Task ShowWhereWeAreAsync(FlowContext context, IFlow? flow) =>
        flow is null ? context.Navigation.LeaveAsync() : flow.ShowAsync(context);

    private Task AnswerOutsideMenuAsync(FlowContext context, Input input)
    {
        if (input.Kind == InputKind.Callback)
        {
            context.Update.CallbackAnswer = texts["OldButtonShort"];
            context.Screen.RemovePressedButtons();
            return context.Navigation.LeaveAsync(texts["OldButton"]);
        }

        if (input is not { Kind: InputKind.Text, Text: { } text })
            return context.Navigation.LeaveAsync(texts["OnlyTextAndButtons"]);
        if (AsideText.LooksLikeQuestion(text, typingExpected: false) && context.Aside?.ButtonFor(context.Audience) is { } passOn)
        {
            context.Session.Aside = text;
            context.Screen.Say(texts["AsideOffer"], passOn);
            return Task.CompletedTask;
        }

        return context.Navigation.LeaveAsync(texts[AsideText.LooksLikeGreeting(text) ? "GreetingAtMenu" : "NotUnderstood"]);
    }

    private static bool IsStart(Input input) =>
        input is { Kind: InputKind.Text, Text: { } t } && (t == "/start" || t.StartsWith("/start ", StringComparison.Ordinal));
}
