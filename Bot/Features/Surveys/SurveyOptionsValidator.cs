using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Surveys;

/// <summary>A questionnaire that cannot be asked stops the bot at start, naming the questionnaire and the question.</summary>
internal sealed partial class SurveyOptionsValidator : IValidateOptions<SurveyOptions>
{
    private static readonly string[] Kinds = [SurveyQuestion.Scale, SurveyQuestion.Single, SurveyQuestion.Multiple, SurveyQuestion.Text];

    public ValidateOptionsResult Validate(string? name, SurveyOptions o)
    {
        var errors = new List<string>();
        foreach (var duplicate in o.Questionnaires.GroupBy(q => q.Id).Where(g => g.Count() > 1))
            errors.Add($"Surveys:Questionnaires: the id '{duplicate.Key}' is used twice.");
        for (var i = 0; i < o.Questionnaires.Count; i++)
        {
            var q = o.Questionnaires[i];
            var where = $"Surveys:Questionnaires:{i} ('{q.Id}')";
            if (!IdShape().IsMatch(q.Id))
                errors.Add($"{where}: the id must be 1-20 of a-z, 0-9 and '-'.");
            if (string.IsNullOrWhiteSpace(q.Title))
                errors.Add($"{where}: Title is required.");
            if (q.Questions.Count == 0)
                errors.Add($"{where}: it has no questions.");
            foreach (var duplicate in q.Questions.GroupBy(x => x.Id).Where(g => g.Count() > 1))
                errors.Add($"{where}: the question id '{duplicate.Key}' is used twice.");
            for (var j = 0; j < q.Questions.Count; j++)
                CheckQuestion(errors, $"{where}, question {j} ('{q.Questions[j].Id}')", q.Questions[j]);
        }

        foreach (var (key, id) in new[] { ("AfterActivity", o.AfterActivity), ("AfterRequest", o.AfterRequest), ("MonthlyMood", o.MonthlyMood), ("Needs", o.Needs) })
            if (id.Length > 0 && o.Find(id) is null)
                errors.Add($"Surveys:{key} names the questionnaire '{id}', which does not exist.");
        if (o.InvitationDelayHours < 0)
            errors.Add("Surveys:InvitationDelayHours must not be negative.");
        if (o.MonthlyMoodDay is < 1 or > 28)
            errors.Add("Surveys:MonthlyMoodDay must be 1-28, so that every month has it.");
        if (!TimeOnly.TryParseExact(o.MonthlyMoodTime, "HH:mm", out _))
            errors.Add($"Surveys:MonthlyMoodTime '{o.MonthlyMoodTime}' must be a time like 11:00.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckQuestion(List<string> errors, string where, SurveyQuestion q)
    {
        if (!IdShape().IsMatch(q.Id))
            errors.Add($"{where}: the id must be 1-20 of a-z, 0-9 and '-'.");
        if (string.IsNullOrWhiteSpace(q.Prompt))
            errors.Add($"{where}: Prompt is required.");
        if (!Kinds.Contains(q.Kind))
            errors.Add($"{where}: unknown kind '{q.Kind}'; use {string.Join(", ", Kinds)}.");
        if (q.Kind == SurveyQuestion.Scale && (q.Labels.Count != 5 || q.Labels.Any(string.IsNullOrWhiteSpace)))
            errors.Add($"{where}: a scale needs five labels, one for each point 1 to 5.");
        if (q.Kind is SurveyQuestion.Single or SurveyQuestion.Multiple && (q.Options.Count is < 2 or > 6 || q.Options.Any(string.IsNullOrWhiteSpace)))
            errors.Add($"{where}: a choice needs 2 to 6 options.");
        if (q.Wellbeing && q.Kind != SurveyQuestion.Scale)
            errors.Add($"{where}: Wellbeing is for a scale, whose 1 is the worst answer.");
    }

    [GeneratedRegex("^[a-z0-9-]{1,20}$")]
    private static partial Regex IdShape();
}
