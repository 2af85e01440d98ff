namespace ClubBot.Conversations;

/// <summary>The "Conversations" section.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>A flow untouched this long starts again from the menu, with a word of explanation.</summary>
    public double SessionTimeoutHours { get; set; } = 48;
}
