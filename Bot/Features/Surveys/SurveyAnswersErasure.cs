using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Surveys;

/// <summary>Scores stay for the centre's figures, anonymous now; words typed in answers could name someone.</summary>
internal sealed class SurveyAnswersErasure(BotTexts texts) : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        foreach (var answer in await context.Db.Set<SurveyAnswer>().Where(a => a.Invitation!.PersonId == person.Id && a.Text != null).ToListAsync(ct))
            answer.Text = null;
    }

    public async Task<string?> DescribeAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        var surveys = await context.Db.Set<SurveyInvitation>().CountAsync(i => i.PersonId == person.Id && i.State == InvitationState.Completed, ct);
        var answers = await context.Db.Set<SurveyAnswer>().CountAsync(a => a.Invitation!.PersonId == person.Id && !a.Skipped, ct);
        return answers == 0 ? null : texts.Format("MyDataSurveys", surveys, answers);
    }
}
