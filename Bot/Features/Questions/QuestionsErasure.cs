using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Questions;

/// <summary>What a person asked and was answered can name them or others: the words go, the fact of a question stays.</summary>
internal sealed class QuestionsErasure(BotTexts texts) : IPersonalData
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

        // Words typed in the middle of a flow and not yet passed on are a question too.
        if (person.ChatId is { } chat && await context.SessionOfAsync(chat, ct) is { } session)
            session.Aside = null;
    }

    public async Task<string?> DescribeAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var asked = await context.Db.Set<CoordinatorQuestion>().Where(q => q.PersonId == person.Id && q.Text != "").OrderByDescending(q => q.Id).Take(10).Select(q => q.Text).ToListAsync(ct);
        return asked.Count == 0 ? null : texts["MyDataQuestions"] + "\n" + string.Join('\n', asked.Select(q => "• " + (q.Length <= 80 ? q : q[..79] + "…")));
    }
}
