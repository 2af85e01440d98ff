namespace ClubBot.Audit;

/// <summary>The "Audit" section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Days a journal entry is kept.</summary>
    public int KeepDays { get; set; } = 730;
}
