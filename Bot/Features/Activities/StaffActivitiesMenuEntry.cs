using ClubBot.Conversations;

namespace ClubBot.Features.Activities;

/// <summary>«🗂 Занятия» for coordinators.</summary>
internal sealed class StaffActivitiesMenuEntry(StaffActivitiesFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuStaffActivities";

    public int Order => 40;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}
