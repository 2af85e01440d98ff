using System.Globalization;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Surveys;

/// <summary>«📝 Мои опросы»: surveys offered and not finished, each resumable.</summary>
internal sealed class MySurveysMenuEntry(BotTexts texts, IOptions<SurveyOptions> options) : IMenuEntry
{
    public string LabelKey => "MenuMySurveys";

    public int Order => 70;

    public bool IsFor(Audience audience) => audience.IsRegistered;

    public async Task OpenAsync(FlowContext context)
    {
        var open = await context.Update.Db.Set<SurveyInvitation>()
            .Where(i => i.PersonId == context.Person!.Id && i.State != InvitationState.Completed)
            .OrderByDescending(i => i.Id).Take(Keyboards.MaxButtons).ToListAsync();
        if (open.Count == 0)
        {
            await context.Navigation.LeaveAsync(texts["NoSurveys"]);
            return;
        }

        context.Screen.Say(texts["MySurveysTitle"], new InlineKeyboardMarkup(open
            .Select(i => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton("▶️ " + (options.Value.Find(i.Questionnaire)?.Title ?? i.Questionnaire), SurveyButtons.Data("start", i.Questionnaire, i.Occasion))])
            .ToList()));
    }
}

/// <summary>«📊 Опросы» for staff: the last three months' figures per questionnaire, by kind, service and month, with comments.</summary>
internal sealed class SurveyResultsMenuEntry(BotTexts texts, IOptions<SurveyOptions> options, IOptions<ActivitiesOptions> kinds, IOptions<HelpOptions> services, ClubTime clock) : IMenuEntry
{
    private const int LastComments = 5;

    public string LabelKey => "MenuSurveyResults";

    public int Order => 55;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public async Task OpenAsync(FlowContext context)
    {
        var local = clock.ToLocal(context.Update.Now);
        var since = clock.ToUtc(new DateTime(local.Year, local.Month, 1).AddMonths(-2));
        var rows = await SurveyResults.LoadAsync(context.Update.Db, since);
        if (rows.Count == 0)
        {
            await context.Navigation.LeaveAsync(texts["NoSurveyResults"]);
            return;
        }

        var lines = new List<string> { texts["SurveyResultsTitle"] };
        foreach (var questionnaire in options.Value.Questionnaires.Where(q => rows.Any(r => r.Questionnaire == q.Id)))
        {
            lines.Add("");
            lines.Add($"📋 {questionnaire.Title}");
            foreach (var question in questionnaire.Questions.Where(q => q.Kind == SurveyQuestion.Scale))
            {
                lines.Add($"{question.Prompt} — {Figures(SurveyResults.Summarize(rows, questionnaire.Id, question.Id))}");
                foreach (var (kind, summary) in SurveyResults.By(rows, questionnaire.Id, question.Id, r => r.ActivityKind))
                    lines.Add($"  • {kinds.Value.Find(kind)?.Label ?? kind}: {Figures(summary)}");
                foreach (var (service, summary) in SurveyResults.By(rows, questionnaire.Id, question.Id, r => r.Service))
                    lines.Add($"  • {services.Value.Find(service)?.Title ?? service}: {Figures(summary)}");
                foreach (var (month, summary) in SurveyResults.ByMonth(rows, questionnaire.Id, question.Id).OrderBy(m => m.Key))
                    lines.Add($"  • {month:MM.yyyy}: {Figures(summary)}");
            }

            var comments = SurveyResults.Summarize(rows, questionnaire.Id, "").Comments;
            foreach (var comment in comments.TakeLast(LastComments))
                lines.Add($"  💬 {comment}");
        }

        var low = SurveyResults.Low(rows);
        if (low.Count > 0)
            lines.Add("\n" + texts.Format("LowScores", low.Count));
        await context.Navigation.LeaveAsync(string.Join('\n', lines));
    }

    private string Figures(ScaleSummary s) => s.Count == 0
        ? texts["NoAnswers"]
        : texts.Format("ScaleFigures", s.Average!.Value.ToString("0.0", CultureInfo.GetCultureInfo(texts.Language)), s.Count, Math.Round(s.SatisfiedPercent!.Value));
}
