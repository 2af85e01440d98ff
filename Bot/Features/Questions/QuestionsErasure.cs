using ClubBot.People;
using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Questions;

/// <summary>What a person asked and was answered can name them or others: the words go, the fact of a question stays.</summary>
internal sealed class QuestionsErasure : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        foreach (var question in await context.Db.Set<CoordinatorQuestion>().Where(q => q.PersonId == person.Id).ToListAsync(ct))
        {
            question.Text = "";
            question.Answer = null;
            // Nobody is left to answer; it leaves the staff's queue of unanswered questions.
            question.AnsweredAt ??= context.Now;
        }
    }
}
