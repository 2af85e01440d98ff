using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Questions.AnswerFlow.Selection>;

namespace ClubBot.Features.Questions;

/// <summary>A coordinator's answer to one question; it reaches the person who asked.</summary>
public sealed class AnswerFlow(BotTexts texts) : OneAnswerFlow<AnswerFlow.Selection>("AnswerInvalid")
{
    public override string Name => "qa";

    public override bool IsFor(Audience audience) => audience.IsStaff;

    public override Task StartAsync(FlowContext context) => context.Navigation.LeaveAsync();

    public async Task OpenAsync(FlowContext context, long questionId)
    {
        var question = await context.Update.Db.Set<CoordinatorQuestion>().Include(q => q.Person).SingleOrDefaultAsync(q => q.Id == questionId);
        if (question is null || question.AnsweredAt is not null)
        {
            context.Screen.Say(question is null ? texts["OldButton"] : texts.Format("AlreadyAnswered", question.Answer));
            return;
        }

        await BeginAsync(context, new Selection { QuestionId = questionId });
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var question = await turn.Update.Db.Set<CoordinatorQuestion>().FindAsync(turn.Draft.QuestionId);
        turn.Context.Screen.AskText(texts.Format("AskAnswer", question?.Text));
    }

    protected override bool Accept(Selection draft, string text)
    {
        draft.Answer = text;
        return text.Length is >= 2 and <= 2000;
    }

    protected override async Task ActAsync(Turn turn)
    {
        var context = turn.Context;
        var question = await context.Update.Db.Set<CoordinatorQuestion>().Include(q => q.Person).SingleAsync(q => q.Id == turn.Draft.QuestionId);
        if (question.AnsweredAt is not null)
        {
            await context.Navigation.LeaveAsync(texts.Format("AlreadyAnswered", question.Answer));
            return;
        }

        question.Answer = turn.Draft.Answer;
        question.AnsweredAt = context.Update.Now;
        question.AnsweredBy = context.UserId;
        if (question.Person?.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts.Format("AnswerFromCoordinator", question.Text, question.Answer));
        await context.Navigation.LeaveAsync(texts["AnswerSent"]);
    }

    public sealed class Selection
    {
        public long QuestionId { get; set; }

        public string Answer { get; set; } = "";
    }
}
