using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Surveys;

/// <summary>One answer as the results see it: its questionnaire and question, and what it was about.</summary>
public sealed record AnswerRow(
    long InvitationId,
    string Questionnaire,
    string Question,
    int? Score,
    string? Text,
    bool Skipped,
    long? ActivityId,
    string? ActivityKind,
    string? Service,
    DateOnly Month,
    bool PersonErased,
    DateTime AnsweredAt = default);

/// <summary>Figures for a group of answers to one scale question, and the comments given with them.</summary>
public sealed record ScaleSummary(int Count, double? Average, double? SatisfiedShare, IReadOnlyList<string> Comments)
{
    /// <summary>Share of answers of 4 and 5 — what the centres report as «удовлетворённость».</summary>
    public double? SatisfiedPercent => SatisfiedShare * 100;
}

/// <summary>
/// The arithmetic of results, kept apart from the database so it can be checked by hand: skipped questions
/// do not count, and the comments of someone who deleted their data are not shown (their scores still count,
/// being anonymous).
/// </summary>
public static class SurveyResults
{
    public static ScaleSummary Summarize(IEnumerable<AnswerRow> rows, string questionnaire, string scaleQuestion)
    {
        var all = rows.Where(r => r.Questionnaire == questionnaire).ToList();
        var scores = all.Where(r => r.Question == scaleQuestion && !r.Skipped && r.Score is not null).Select(r => r.Score!.Value).ToList();
        var comments = all.Where(r => !r.Skipped && r.Text is { Length: > 0 } && !r.PersonErased).Select(r => r.Text!).ToList();
        return scores.Count == 0
            ? new ScaleSummary(0, null, null, comments)
            : new ScaleSummary(scores.Count, scores.Average(), scores.Count(s => s >= 4) / (double)scores.Count, comments);
    }

    /// <summary>Per activity kind, service or anything else an answer is about; answers about none are left out.</summary>
    public static IReadOnlyDictionary<string, ScaleSummary> By(IEnumerable<AnswerRow> rows, string questionnaire, string scaleQuestion, Func<AnswerRow, string?> key) =>
        rows.Where(r => r.Questionnaire == questionnaire && key(r) is not null)
            .GroupBy(r => key(r)!)
            .ToDictionary(g => g.Key, g => Summarize(g, questionnaire, scaleQuestion));

    public static IReadOnlyDictionary<long, ScaleSummary> ByActivity(IEnumerable<AnswerRow> rows, string questionnaire, string scaleQuestion) =>
        rows.Where(r => r.Questionnaire == questionnaire && r.ActivityId is not null)
            .GroupBy(r => r.ActivityId!.Value)
            .ToDictionary(g => g.Key, g => Summarize(g, questionnaire, scaleQuestion));

    public static IReadOnlyDictionary<DateOnly, ScaleSummary> ByMonth(IEnumerable<AnswerRow> rows, string questionnaire, string scaleQuestion) =>
        rows.Where(r => r.Questionnaire == questionnaire)
            .GroupBy(r => r.Month)
            .ToDictionary(g => g.Key, g => Summarize(g, questionnaire, scaleQuestion));

    /// <summary>Answers of 1 or 2, for the coordinators' digest, each with the comment given in the same survey.</summary>
    public static IReadOnlyList<(AnswerRow Low, string? Comment)> Low(IReadOnlyList<AnswerRow> rows) =>
        rows.Where(r => r.Score is 1 or 2 && !r.Skipped)
            .Select(r => (r, rows.FirstOrDefault(c => c.InvitationId == r.InvitationId && !c.Skipped && c.Text is { Length: > 0 } && !c.PersonErased)?.Text))
            .ToList();

    /// <summary>The answers given since <paramref name="sinceUtc"/>, as rows.</summary>
    public static async Task<List<AnswerRow>> LoadAsync(DbContext db, DateTime sinceUtc)
    {
        var answers = await db.Set<SurveyAnswer>()
            .Where(a => a.AnsweredAt >= sinceUtc)
            .Select(a => new
            {
                a.InvitationId,
                a.Invitation!.Questionnaire,
                a.Question,
                a.Score,
                a.Text,
                a.Skipped,
                a.Invitation.ActivityId,
                a.Invitation.ActivityKind,
                a.Invitation.Service,
                a.AnsweredAt,
                Erased = a.Invitation.Person!.ErasedAt != null,
            })
            .ToListAsync();
        return answers.Select(a => new AnswerRow(a.InvitationId, a.Questionnaire, a.Question, a.Score, a.Text, a.Skipped, a.ActivityId, a.ActivityKind, a.Service,
            new DateOnly(a.AnsweredAt.Year, a.AnsweredAt.Month, 1), a.Erased, a.AnsweredAt)).ToList();
    }
}
