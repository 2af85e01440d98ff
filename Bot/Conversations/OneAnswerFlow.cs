using static ClubBot.Conversations.OneAnswerState;
using static ClubBot.Conversations.OneAnswerTrigger;

namespace ClubBot.Conversations;

/// <summary>A flow that asks for one typed answer and then acts on it; a wrong answer gets <paramref name="hintKey"/>'s explanation.</summary>
public abstract class OneAnswerFlow<TDraft>(string hintKey) : MachineFlow<OneAnswerState, OneAnswerTrigger, TDraft>(Back)
    where TDraft : class, new()
{
    protected sealed override OneAnswerState Initial => Asking;

    protected sealed override void Configure(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn)
    {
        var m = turn.Machine;
        m.Configure(Asking).Permit(Answered, Done).Permit(Back, Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Done).OnEntryAsync(_ => ActAsync(turn), "act on the answer");
        m.Configure(Closed).OnEntryAsync(_ => CloseAsync(turn), "close");
    }

    protected sealed override async Task<bool> OnInputAsync(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn, Input input) =>
        input is { Kind: InputKind.Text, Text: { } text } && Accept(turn.Draft, text.Trim()) && await turn.FireAsync(Answered);

    protected sealed override string? HintFor(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn) => hintKey;

    /// <summary>Whether <paramref name="text"/> is a good answer; a good one is kept in the draft.</summary>
    protected abstract bool Accept(TDraft draft, string text);

    /// <summary>«Назад» from the question: out to the menu, unless the flow came from a screen it returns to.</summary>
    protected virtual Task CloseAsync(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn) => turn.Context.Navigation.LeaveAsync();

    /// <summary>What the answer does; it ends by leaving the flow.</summary>
    protected abstract Task ActAsync(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn);
}
