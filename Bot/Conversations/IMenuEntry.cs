namespace ClubBot.Conversations;

/// <summary>A button of the main menu; each feature registers its own.</summary>
public interface IMenuEntry
{
    /// <summary>The resx key of the button's label.</summary>
    string LabelKey { get; }

    /// <summary>Place in the menu, smaller first.</summary>
    int Order { get; }

    bool IsFor(Audience audience);

    Task OpenAsync(FlowContext context);
}
