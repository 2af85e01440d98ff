namespace ClubBot.Features.Activities;

/// <summary>A kind of activity from configuration: a code for data, an emoji and a Russian name for people.</summary>
public sealed class ActivityKind
{
    public string Code { get; set; } = "";

    public string Emoji { get; set; } = "";

    public string Name { get; set; } = "";

    public string Label => $"{Emoji} {Name}";
}
