using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

internal sealed partial class HelpOptionsValidator : IValidateOptions<HelpOptions>
{
    public ValidateOptionsResult Validate(string? name, HelpOptions o)
    {
        var errors = new List<string>();
        if (o.Services.Count is 0 or > 8)
            errors.Add("Help:Services needs 1-8 services (they share one screen).");
        for (var i = 0; i < o.Services.Count; i++)
        {
            var s = o.Services[i];
            if (!CodeShape().IsMatch(s.Code))
                errors.Add($"Help:Services:{i}:Code '{s.Code}' must be 1-16 lowercase Latin letters.");
            if (string.IsNullOrWhiteSpace(s.Title) || s.Title.Length > 40)
                errors.Add($"Help:Services:{i}:Title must be 1-40 characters.");
            if (s.Tariff < 0)
                errors.Add($"Help:Services:{i}:Tariff must not be negative.");
        }

        foreach (var duplicate in o.Services.GroupBy(s => s.Code).Where(g => g.Count() > 1))
            errors.Add($"Help:Services lists the code '{duplicate.Key}' twice.");
        if (o.RideDestinations.Count is 0 or > 7 || o.RideDestinations.Any(d => string.IsNullOrWhiteSpace(d) || d.Length > 40))
            errors.Add("Help:RideDestinations needs 1-7 destinations of 1-40 characters (the eighth button is «Другое место»).");
        if (o.AidKinds.Count is 0 or > 8 || o.AidKinds.Any(d => string.IsNullOrWhiteSpace(d) || d.Length > 40))
            errors.Add("Help:AidKinds needs 1-8 kinds of 1-40 characters.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-z]{1,16}$")]
    private static partial Regex CodeShape();
}
