using ClubBot.Conversations;

namespace ClubBot.Features.Help;

/// <summary>A menu entry that enters a flow, for registered participants or for staff.</summary>
internal abstract class FlowMenuEntry(IFlow flow, string labelKey, int order, bool forStaff) : IMenuEntry
{
    public string LabelKey => labelKey;

    public int Order => order;

    public bool IsFor(Audience audience) => forStaff ? audience.IsStaff : audience.IsRegistered;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}

internal sealed class HouseholdMenuEntry(HouseholdFlow flow) : FlowMenuEntry(flow, "MenuHousehold", 42, forStaff: false);

internal sealed class RideMenuEntry(RideFlow flow) : FlowMenuEntry(flow, "MenuRide", 43, forStaff: false);

internal sealed class AidMenuEntry(AidFlow flow) : FlowMenuEntry(flow, "MenuAid", 44, forStaff: false);

internal sealed class MyRequestsMenuEntry(MyRequestsFlow flow) : FlowMenuEntry(flow, "MenuMyRequests", 45, forStaff: false);

internal sealed class StaffRequestsMenuEntry(StaffRequestsFlow flow) : FlowMenuEntry(flow, "MenuStaffRequests", 41, forStaff: true);
