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

    protected sealed override async Task<bool> OnInputAsync(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn, Input input)
    {
        if (input is not { Kind: InputKind.Text, Text: { } typed })
            return false;
        var text = typed.Trim();
        if (text.Length > MaxLength)
        {
            // Said as it is, with the limit: «write it in words» would not tell a long letter what is wrong.
            var texts = turn.Context.Texts;
            turn.Context.Screen.Say(texts.Format("TextTooLong", texts.Count(text.Length, "NounCharacter"), texts.Count(MaxLength, "NounCharacter")));
            await ShowStepAsync(turn);
            return true;
        }

        return Accept(turn.Draft, text) && await turn.FireAsync(Answered);
    }

    /// <summary>The longest answer taken; a longer one is told its length and the limit.</summary>
    protected virtual int MaxLength => 2000;

    protected sealed override string? HintFor(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn) => hintKey;

    /// <summary>Whether <paramref name="text"/> is a good answer; a good one is kept in the draft.</summary>
    protected abstract bool Accept(TDraft draft, string text);

    /// <summary>«Назад» from the question: out to the menu, unless the flow came from a screen it returns to.</summary>
    protected virtual Task CloseAsync(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn) => turn.Context.Navigation.LeaveAsync();

    /// <summary>What the answer does; it ends by leaving the flow.</summary>
    protected abstract Task ActAsync(FlowTurn<OneAnswerState, OneAnswerTrigger, TDraft> turn);
}
