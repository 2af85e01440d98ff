namespace ClubBot.Features.Reports;

/// <summary>The "Reports" section.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Local time on the first day of a month, quarter or year when the past period's report goes to staff.</summary>
    public string Time { get; set; } = "09:00";

    /// <summary>How many days after a period ends its report is still sent if the bot was down at <see cref="Time"/>.</summary>
    public int CatchUpDays { get; set; } = 7;
}
