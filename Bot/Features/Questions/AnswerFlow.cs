using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Questions;

/// <summary>A coordinator's answer to one question; it reaches the person who asked.</summary>
public sealed class AnswerFlow(BotTexts texts) : IFlow
{
    public string Name => "qa";

    public bool IsFor(Audience audience) => audience.IsStaff;

    public Task StartAsync(FlowContext context) => context.LeaveAsync();

    public async Task OpenAsync(FlowContext context, long questionId)
    {
        var question = await context.Update.Db.Set<CoordinatorQuestion>().Include(q => q.Person).SingleOrDefaultAsync(q => q.Id == questionId);
        if (question is null || question.AnsweredAt is not null)
        {
            context.Say(question is null ? texts["OldButton"] : texts.Format("AlreadyAnswered", question.Answer));
            return;
        }

        context.Session.Flow = Name;
        context.Session.State = "Answer";
        context.SaveDraft(new Selection { QuestionId = questionId });
        await ShowAsync(context);
    }

    public async Task ShowAsync(FlowContext context)
    {
        var question = await context.Update.Db.Set<CoordinatorQuestion>().FindAsync(context.Draft<Selection>().QuestionId);
        context.AskText(texts.Format("AskAnswer", question?.Text));
    }

    public Task BackAsync(FlowContext context) => context.LeaveAsync();

    public async Task HandleAsync(FlowContext context, Input input)
    {
        var text = input.Text?.Trim();
        if (!context.Audience.IsStaff || input.Kind != InputKind.Text || text is null || text.Length is < 2 or > 2000)
        {
            context.AnswerWrongInput(input, "AnswerInvalid");
            await ShowAsync(context);
            return;
        }

        var question = await context.Update.Db.Set<CoordinatorQuestion>().Include(q => q.Person).SingleAsync(q => q.Id == context.Draft<Selection>().QuestionId);
        if (question.AnsweredAt is not null)
        {
            await context.LeaveAsync(texts.Format("AlreadyAnswered", question.Answer));
            return;
        }

        question.Answer = text;
        question.AnsweredAt = context.Update.Now;
        question.AnsweredBy = context.UserId;
        if (question.Person?.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts.Format("AnswerFromCoordinator", question.Text, text));
        await context.LeaveAsync(texts["AnswerSent"]);
    }

    public sealed class Selection
    {
        public long QuestionId { get; set; }
    }
}
