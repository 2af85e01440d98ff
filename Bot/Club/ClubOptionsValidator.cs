using Microsoft.Extensions.Options;

namespace ClubBot.Club;

internal sealed class ClubOptionsValidator : IValidateOptions<ClubOptions>
{
    private static readonly string[] Languages = ["ru", "en"];

    public ValidateOptionsResult Validate(string? name, ClubOptions o)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.Name))
            errors.Add("Club:Name is required.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone ?? "", out _))
            errors.Add($"Club:TimeZone '{o.TimeZone}' is not a known IANA time zone (e.g. Asia/Irkutsk, Europe/Moscow).");
        if (!Languages.Contains(o.Language))
            errors.Add($"Club:Language must be one of {string.Join(", ", Languages)}, not '{o.Language}'.");
        if (o.Admins.Any(id => id <= 0))
            errors.Add("Club:Admins must hold Telegram user ids (positive numbers).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
