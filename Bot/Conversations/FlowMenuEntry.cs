namespace ClubBot.Conversations;

/// <summary>A menu entry that enters a flow: for registered participants, or for those the flow itself is for (staff, administrators).</summary>
public abstract class FlowMenuEntry(IFlow flow, string labelKey, int order, bool forParticipants = false) : IMenuEntry
{
    public string LabelKey => labelKey;

    public int Order => order;

    public bool IsFor(Audience audience) => forParticipants ? audience.IsRegistered : flow.IsFor(audience);

    public Task OpenAsync(FlowContext context) => context.Navigation.EnterAsync(flow);
}
