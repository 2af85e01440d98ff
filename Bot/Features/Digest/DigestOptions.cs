namespace ClubBot.Features.Digest;

/// <summary>The "Digest" section.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Local time the coordinators' morning digest goes out.</summary>
    public string Time { get; set; } = "08:00";
}
