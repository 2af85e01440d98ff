using ClubBot.Conversations;

namespace ClubBot.Features.Activities;

/// <summary>«🗂 Занятия» for coordinators.</summary>
internal sealed class StaffActivitiesMenuEntry(StaffActivitiesFlow flow) : FlowMenuEntry(flow, "MenuStaffActivities", 40);
