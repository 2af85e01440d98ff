using Telegram.Bot.Types.ReplyMarkups;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.CancelFromListState, ClubBot.Conversations.CancelFromListTrigger, ClubBot.Conversations.CancelFromListDraft>;

namespace ClubBot.Conversations;

public enum CancelFromListState
{
    List,
    ConfirmCancel,
    Cancelled,
    Closed,
}

public enum CancelFromListTrigger
{
    Cancel,
    Confirm,
    Back,
}

/// <summary>The item whose cancellation is being confirmed.</summary>
public sealed class CancelFromListDraft
{
    public long Id { get; set; }

    /// <summary>The item's whole group goes (every date of a series), not the item alone.</summary>
    public bool All { get; set; }
}

/// <summary>The question before cancelling: its text, and the label of a second choice that cancels the whole group, if there is one.</summary>
public sealed record CancelQuestion(string Text, string? OnlyThisLabel = null, string? AllLabel = null);

/// <summary>
/// The person's own things in a list, each with a cancel button, and a question before cancelling one
/// («Мои записи», «Мои заявки»). Only the person's own live item can be named, whatever a button says.
/// </summary>
public abstract class CancelFromListFlow<TItem>() : MachineFlow<CancelFromListState, CancelFromListTrigger, CancelFromListDraft>(CancelFromListTrigger.Back)
    where TItem : class
{
    protected sealed override CancelFromListState Initial => CancelFromListState.List;

    protected sealed override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(CancelFromListState.List)
            .Permit(CancelFromListTrigger.Cancel, CancelFromListState.ConfirmCancel)
            .Permit(CancelFromListTrigger.Back, CancelFromListState.Closed)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(CancelFromListState.ConfirmCancel)
            .Permit(CancelFromListTrigger.Confirm, CancelFromListState.Cancelled)
            .Permit(CancelFromListTrigger.Back, CancelFromListState.List)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(CancelFromListState.Cancelled).OnEntryAsync(async _ =>
        {
            var item = await OwnAsync(turn.Context, turn.Draft.Id);
            await (turn.Draft.All && item is not null ? CancelAllAsync(turn.Context, item) : CancelAsync(turn.Context, item));
        }, "cancel it, or its whole group");
        m.Configure(CancelFromListState.Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected sealed override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var data = turn.Pressed(input);
        return (turn.State, data?.Action) switch
        {
            (CancelFromListState.List, "cancel") when long.TryParse(data!.Argument, out var id) && await OwnAsync(turn.Context, id) is not null =>
                await turn.FireAsync(CancelFromListTrigger.Cancel, () => turn.Draft.Id = id),
            (CancelFromListState.ConfirmCancel, "yes") => await turn.FireAsync(CancelFromListTrigger.Confirm, () => turn.Draft.All = false),
            (CancelFromListState.ConfirmCancel, "all") => await turn.FireAsync(CancelFromListTrigger.Confirm, () => turn.Draft.All = true),
            (CancelFromListState.ConfirmCancel, "no") => await turn.FireAsync(CancelFromListTrigger.Back),
            _ => false,
        };
    }

    protected sealed override async Task ShowStepAsync(Turn turn)
    {
        if (turn.State == CancelFromListState.List)
        {
            await ShowListAsync(turn);
            return;
        }

        if (await OwnAsync(turn.Context, turn.Draft.Id) is not { } item)
        {
            await turn.Machine.FireAsync(CancelFromListTrigger.Back);
            return;
        }

        var texts = turn.Context.Texts;
        var question = await AskAsync(turn.Context, item);
        turn.Context.Screen.Ask(question.Text, Turn.Column(
            turn.Button(question.OnlyThisLabel ?? texts["ButtonYesCancel"], CancelFromListTrigger.Confirm, "yes"),
            question.AllLabel is null ? null : turn.Button(question.AllLabel, CancelFromListTrigger.Confirm, "all"),
            turn.Button(texts["ButtonNo"], CancelFromListTrigger.Back, "no")));
    }

    /// <summary>The button under the list that asks to cancel the item <paramref name="id"/>.</summary>
    protected static InlineKeyboardButton? CancelButton(Turn turn, string label, long id) =>
        turn.Button(label, CancelFromListTrigger.Cancel, "cancel", id.ToString());

    /// <summary>The person's own item that can still be cancelled, or null.</summary>
    protected abstract Task<TItem?> OwnAsync(FlowContext context, long id);

    /// <summary>The list with a <see cref="CancelButton"/> for each item that can be cancelled; leaves the flow when there is nothing.</summary>
    protected abstract Task ShowListAsync(Turn turn);

    protected abstract string ConfirmText(TItem item);

    /// <summary>The question before cancelling <paramref name="item"/>; an item of a group may offer to cancel the group.</summary>
    protected virtual Task<CancelQuestion> AskAsync(FlowContext context, TItem item) => Task.FromResult(new CancelQuestion(ConfirmText(item)));

    /// <summary>Cancels the whole group <paramref name="item"/> belongs to; only called where <see cref="AskAsync"/> offered it.</summary>
    protected virtual Task CancelAllAsync(FlowContext context, TItem item) => CancelAsync(context, item);

    /// <summary>Cancels <paramref name="item"/> (null when it went meanwhile) and leaves the flow with a word.</summary>
    protected abstract Task CancelAsync(FlowContext context, TItem? item);
}
