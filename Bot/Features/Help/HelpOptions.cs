namespace ClubBot.Features.Help;

/// <summary>The "Help" section: what the centre offers.</summary>
public sealed class HelpOptions
{
    public const string Section = "Help";

    /// <summary>Household services («Мастер на час»).</summary>
    public List<HouseholdService> Services { get; set; } = [];

    /// <summary>Where rides go: поликлиника, МФЦ, соцзащита …</summary>
    public List<string> RideDestinations { get; set; } = [];

    /// <summary>Kinds of charity aid («Автобус добра»).</summary>
    public List<string> AidKinds { get; set; } = [];

    public HouseholdService? Find(string? code) => Services.FirstOrDefault(s => s.Code == code);
}

public sealed class HouseholdService
{
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Roubles; 0 when free.</summary>
    public int Tariff { get; set; }

    /// <summary>As people say it: «около часа».</summary>
    public string Duration { get; set; } = "";

    /// <summary>A volunteer may do it (otherwise staff only).</summary>
    public bool ForVolunteers { get; set; }
}
