using ClubBot.Conversations;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Questions;

/// <summary>Questions and call requests nobody has answered yet: they wait in «❓ Вопросы».</summary>
internal sealed class QuestionsBacklog(BotTexts texts) : IStaffBacklog
{
    public async Task<string?> WaitingAsync(UpdateContext update) =>
        await update.Db.Set<CoordinatorQuestion>().CountAsync(q => q.AnsweredAt == null && q.Text != "") is > 0 and var count
            ? texts.Format("WaitingQuestions", count)
            : null;
}
