using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Activities;

internal sealed partial class ActivitiesOptionsValidator : IValidateOptions<ActivitiesOptions>
{
    public ValidateOptionsResult Validate(string? name, ActivitiesOptions o)
    {
        var errors = new List<string>();
        if (o.Kinds.Count == 0)
            errors.Add("Activities:Kinds needs at least one kind.");
        if (o.Kinds.Count > 8)
            errors.Add("Activities:Kinds has more than 8 kinds; they must fit on one screen.");
        for (var i = 0; i < o.Kinds.Count; i++)
        {
            var k = o.Kinds[i];
            if (!CodeShape().IsMatch(k.Code))
                errors.Add($"Activities:Kinds:{i}:Code '{k.Code}' must be 1-16 lowercase Latin letters.");
            if (string.IsNullOrWhiteSpace(k.Name) || k.Name.Length > 40)
                errors.Add($"Activities:Kinds:{i}:Name must be 1-40 characters.");
        }

        foreach (var duplicate in o.Kinds.GroupBy(k => k.Code).Where(g => g.Count() > 1))
            errors.Add($"Activities:Kinds lists the code '{duplicate.Key}' twice.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-z]{1,16}$")]
    private static partial Regex CodeShape();
}
