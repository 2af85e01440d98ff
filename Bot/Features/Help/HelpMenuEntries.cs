using ClubBot.Conversations;

namespace ClubBot.Features.Help;

internal sealed class HouseholdMenuEntry(HouseholdFlow flow) : FlowMenuEntry(flow, "MenuHousehold", 42, forParticipants: true);

internal sealed class RideMenuEntry(RideFlow flow) : FlowMenuEntry(flow, "MenuRide", 43, forParticipants: true);

internal sealed class AidMenuEntry(AidFlow flow) : FlowMenuEntry(flow, "MenuAid", 58, forParticipants: true);

internal sealed class MyRequestsMenuEntry(MyRequestsFlow flow) : FlowMenuEntry(flow, "MenuMyRequests", 45, forParticipants: true);

internal sealed class StaffRequestsMenuEntry(StaffRequestsFlow flow) : FlowMenuEntry(flow, "MenuStaffRequests", 41);
