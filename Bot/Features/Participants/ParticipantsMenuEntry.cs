using ClubBot.Conversations;

namespace ClubBot.Features.Participants;

/// <summary>«👥 Участники», for staff only.</summary>
internal sealed class ParticipantsMenuEntry(ParticipantsOverview overview) : IMenuEntry
{
    public string LabelKey => "MenuParticipants";

    public int Order => 50;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public async Task OpenAsync(FlowContext context) =>
        await context.Navigation.LeaveAsync(await overview.DescribeAsync(context.Update.Db, context.Update.Now));
}
