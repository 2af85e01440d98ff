namespace ClubBot.Features.Activities;

/// <summary>The "Activities" section.</summary>
public sealed class ActivitiesOptions
{
    public const string Section = "Activities";

    public List<ActivityKind> Kinds { get; set; } = [];

    public ActivityKind? Find(string code) => Kinds.FirstOrDefault(k => k.Code == code);
}
