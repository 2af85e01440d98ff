using Microsoft.Extensions.Options;

namespace ClubBot.Features.Onboarding;

internal sealed class OnboardingOptionsValidator : IValidateOptions<OnboardingOptions>
{
    public ValidateOptionsResult Validate(string? name, OnboardingOptions o)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.ConsentText))
            errors.Add("Onboarding:ConsentText is required: the consent people read before registering.");
        else if (o.ConsentText.Length > 600)
            errors.Add($"Onboarding:ConsentText has {o.ConsentText.Length} characters; keep it to 600, so it reads as one short message on a phone.");
        CheckList(errors, "Onboarding:Settlements", o.Settlements, 100);
        CheckList(errors, "Onboarding:Interests", o.Interests, 60);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckList(List<string> errors, string key, List<string> items, int maxLength)
    {
        if (items.Count == 0)
            errors.Add($"{key} needs at least one entry.");
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]) || items[i].Length > maxLength)
                errors.Add($"{key}:{i} must be 1-{maxLength} characters.");
        }

        foreach (var duplicate in items.GroupBy(s => s.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add($"{key} lists '{duplicate.Key}' twice.");
    }
}
