using ClubBot.Conversations;
using ClubBot.Texts;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Questions.AskFlow.Question>;

namespace ClubBot.Features.Questions;

/// <summary>«❓ Вопрос координатору» (P9): the centre's phone, and a question typed once, forwarded to coordinators.</summary>
public sealed class AskFlow(BotTexts texts, QuestionDesk desk) : OneAnswerFlow<AskFlow.Question>("QuestionInvalid")
{
    public override string Name => "aq";

    protected override Task ShowStepAsync(Turn turn)
    {
        turn.Context.Screen.AskText(texts.WithPhone("AskQuestion"));
        return Task.CompletedTask;
    }

    protected override bool Accept(Question draft, string text)
    {
        draft.Text = text;
        return text.Length is >= 3 and <= 2000 && text.Any(char.IsLetter);
    }

    protected override async Task ActAsync(Turn turn) =>
        await turn.Context.Navigation.LeaveAsync(await desk.TakeAsync(turn.Update, turn.Context.Person!, turn.Draft.Text));

    public sealed class Question
    {
        public string Text { get; set; } = "";
    }
}
