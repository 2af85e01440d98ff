using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Conversations.Machine;
using ClubBot.Features.Onboarding;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using static ClubBot.Features.Privacy.PrivacyState;
using static ClubBot.Features.Privacy.PrivacyTrigger;
using Machine = ClubBot.Conversations.Machine.StateMachine<ClubBot.Features.Privacy.PrivacyState, ClubBot.Features.Privacy.PrivacyTrigger>;

namespace ClubBot.Features.Privacy;

/// <summary>«🔒 Мои данные» (P10): everything stored about the person, and deletion or consent withdrawal after a confirmation.</summary>
public sealed class PrivacyFlow(BotTexts texts, ClubTime clock, PersonEraser eraser) : IFlow
{
    public string Name => "pv";

    public Task StartAsync(FlowContext context)
    {
        context.Session.State = nameof(View);
        return ShowAsync(context);
    }

    public Task ShowAsync(FlowContext context)
    {
        Show(context, Build(context).State);
        return Task.CompletedTask;
    }

    public async Task BackAsync(FlowContext context) => await Build(context).FireAsync(Back);

    public async Task HandleAsync(FlowContext context, Input input)
    {
        var machine = Build(context);
        var data = CallbackData.Parse(input.CallbackData);
        var trigger = input.Kind switch
        {
            InputKind.Callback when data is not null && data.Flow == Name && data.State == machine.State.ToString() => Trigger(data.Action),
            InputKind.Text when context.Keyboards.Is(input.Text, "ButtonEraseData") && machine.State == View => AskErase,
            InputKind.Text when context.Keyboards.Is(input.Text, "ButtonWithdrawConsent") && machine.State == View => AskWithdraw,
            InputKind.Text when context.Keyboards.Is(input.Text, "ButtonYesDelete") && machine.State != View => Confirm,
            _ => (PrivacyTrigger?)null,
        };
        if (trigger is { } t && machine.CanFire(t))
        {
            context.RemovePressedButtons();
            await machine.FireAsync(t);
            return;
        }

        if (input.Kind == InputKind.Callback)
        {
            context.Update.CallbackAnswer = texts["OldButtonShort"];
            context.RemovePressedButtons();
        }

        context.Say(texts[input.Kind switch
        {
            InputKind.Callback => "OldButton",
            InputKind.Text => "UseButtons",
            _ => "OnlyTextAndButtons",
        }]);
        Show(context, machine.State);
    }

    private Machine Build(FlowContext context)
    {
        var m = new Machine(() => Enum.TryParse<PrivacyState>(context.Session.State, out var s) ? s : View, s => context.Session.State = s.ToString());
        m.Configure(View)
            .Permit(AskErase, ConfirmErase)
            .Permit(AskWithdraw, ConfirmWithdraw)
            .Permit(Back, Closed)
            .OnEntry(_ => Shown(context, View));
        m.Configure(ConfirmErase)
            .Permit(Confirm, Erased)
            .Permit(Back, View)
            .OnEntry(_ => Shown(context, ConfirmErase));
        m.Configure(ConfirmWithdraw)
            .Permit(Confirm, Erased)
            .Permit(Back, View)
            .OnEntry(_ => Shown(context, ConfirmWithdraw));
        m.Configure(Erased).OnEntry(async t =>
        {
            await eraser.EraseAsync(context.Update, context.Person!);
            await context.LeaveAsync(texts[t.Source == ConfirmWithdraw ? "ConsentWithdrawn" : "DataErased"]);
        });
        m.Configure(Closed).OnEntry(_ => context.LeaveAsync());
        return m;
    }

    private Task Shown(FlowContext context, PrivacyState state)
    {
        Show(context, state);
        return Task.CompletedTask;
    }

    private void Show(FlowContext context, PrivacyState state)
    {
        if (state == View)
            context.Ask(Describe(context), new InlineKeyboardMarkup(
            [
                [Button("ButtonEraseData", View, "erase")],
                [Button("ButtonWithdrawConsent", View, "withdraw")],
            ]));
        else if (state is ConfirmErase or ConfirmWithdraw)
            context.Ask(texts[state == ConfirmErase ? "ConfirmErase" : "ConfirmWithdraw"], new InlineKeyboardMarkup(
            [
                [Button("ButtonYesDelete", state, "yes")],
                [Button("ButtonNoKeep", state, "no")],
            ]));
    }

    private string Describe(FlowContext context)
    {
        var p = context.Person!;
        var profile = Profile.Describe(texts, p.Name, p.Phone, p.Settlement, p.Category, Profile.SplitInterests(p.Interests));
        return texts["MyDataTitle"] + "\n\n" + profile + "\n" + texts.Format(
            "MyDataTelegram",
            p.TelegramName ?? texts["NotGiven"],
            p.TelegramUserId,
            p.ConsentedAt is { } c ? clock.Format(c) : texts["NotGiven"],
            p.RegisteredAt is { } r ? clock.Format(r) : texts["NotGiven"],
            clock.Format(p.LastSeenAt));
    }

    private InlineKeyboardButton Button(string key, PrivacyState state, string action) =>
        new(texts[key], CallbackData.Make(Name, state.ToString(), action));

    private static PrivacyTrigger? Trigger(string action) => action switch
    {
        "erase" => AskErase,
        "withdraw" => AskWithdraw,
        "yes" => Confirm,
        "no" => Back,
        _ => null,
    };
}
