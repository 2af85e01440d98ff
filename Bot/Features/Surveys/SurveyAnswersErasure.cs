using ClubBot.People;
using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Surveys;

/// <summary>Scores stay for the centre's figures, anonymous now; words typed in answers could name someone.</summary>
internal sealed class SurveyAnswersErasure : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        foreach (var answer in await context.Db.Set<SurveyAnswer>().Where(a => a.Invitation!.PersonId == person.Id && a.Text != null).ToListAsync(ct))
            answer.Text = null;
    }
}
