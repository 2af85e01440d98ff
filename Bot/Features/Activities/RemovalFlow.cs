using ClubBot.Audit;
using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;
using static ClubBot.Features.Activities.CardTaskTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.CardTaskState, ClubBot.Features.Activities.CardTaskTrigger, ClubBot.Features.Activities.StaffDraft>;

namespace ClubBot.Features.Activities;

/// <summary>«➖ Убрать человека»: pick someone signed up or waiting, confirm; the seat goes to the first waiting and the person is told.</summary>
public sealed class RemovalFlow(BotTexts texts, ActivityCards cards, Seats seats, AuditLog audit) : CardTaskFlow(texts)
{
    public override string Name => "rp";

    protected override CardTaskState Initial => CardTaskState.Pick;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(CardTaskState.Pick).Permit(CardTaskTrigger.Pick, CardTaskState.Confirm).InternalTransitionAsync(TurnPage, _ => RedrawAsync(turn))
            .Permit(Back, CardTaskState.Card).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(CardTaskState.Confirm).Permit(CardTaskTrigger.Confirm, CardTaskState.Card).Permit(Back, CardTaskState.Pick).OnEntryAsync(_ => ShowStepAsync(turn), "show the step")
            .OnExitAsync(t => t.Trigger == CardTaskTrigger.Confirm ? RemoveAsync(turn) : Task.CompletedTask, "remove the sign-up when confirmed");
        ConfigureCard(turn);
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var data = turn.Pressed(input);
        long.TryParse(data?.Argument, out var id);
        return (turn.State, data?.Action) switch
        {
            (CardTaskState.Pick, "pick") when await LiveSignUpAsync(turn, id) is not null => await turn.FireAsync(CardTaskTrigger.Pick, () => turn.Draft.SignUpId = id),
            (CardTaskState.Pick, "page") => await turn.FireAsync(TurnPage, () => turn.Draft.Page = (int)Math.Max(0, id)),
            (CardTaskState.Confirm, "yes") => await turn.FireAsync(CardTaskTrigger.Confirm),
            (_, "back") => await turn.FireAsync(Back),
            _ => false,
        };
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        if (turn.State == CardTaskState.Pick)
        {
            turn.Draft.Page = 0;
            turn.Context.Screen.Ask(Texts["RemoveTitle"], await PickButtonsAsync(turn));
        }
        else if (await LiveSignUpAsync(turn, turn.Draft.SignUpId) is { } signUp)
        {
            turn.Context.Screen.Ask(Texts.Format("ConfirmRemove", PersonLabel(signUp)), Turn.Column(
                turn.Button(Texts["ButtonYesRemove"], CardTaskTrigger.Confirm, "yes"),
                turn.Button(Texts["ButtonNo"], Back, "back")));
        }
        else
        {
            await turn.Machine.FireAsync(Back);
        }
    }

    private async Task RedrawAsync(Turn turn) => turn.Context.Screen.ReplacePressedButtons(await PickButtonsAsync(turn));

    private async Task<InlineKeyboardMarkup> PickButtonsAsync(Turn turn)
    {
        var live = await Roster.LiveAsync(turn.Update.Db, turn.Draft.ActivityId);
        return turn.Context.Keyboards.Paged(
            live.Select(s => turn.Button(PersonLabel(s), CardTaskTrigger.Pick, "pick", s.Id.ToString())!).ToList(),
            turn.Draft.Page, p => turn.Data("page", p.ToString()), [turn.Button(Texts["ButtonBackToCard"], Back, "back")!]);
    }

    private async Task RemoveAsync(Turn turn)
    {
        if (await LiveSignUpAsync(turn, turn.Draft.SignUpId) is not { } signUp)
            return;
        var before = Texts[$"AuditSignUpState{signUp.State}"];
        await seats.CancelAsync(turn.Update, signUp);
        var activity = await ActivityAsync(turn);
        audit.Record(turn.Update, AuditActions.SignUpRemove, $"{cards.Headline(activity)} — {PersonLabel(signUp)}", before, Texts[$"AuditSignUpState{signUp.State}"]);
        if (signUp.Person?.ChatId is { } chat)
            turn.Update.Outbox.SendText(chat, Texts.WithPhone("RemovedByStaff", cards.Headline(activity)));
        turn.Context.Screen.Say(Texts.Format("Removed", PersonLabel(signUp)) + PersonContact.ToCall([signUp.Person], Texts));
    }
}
