using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;

namespace ClubBot.Features.Volunteers;

/// <summary>The menu's entry to <see cref="BecomeVolunteerFlow"/>; one who has applied or been accepted is told so instead.</summary>
internal sealed class BecomeVolunteerMenuEntry(BotTexts texts, BecomeVolunteerFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuBecomeVolunteer";

    public int Order => 60;

    public bool IsFor(Audience audience) => audience.IsRegistered;

    public Task OpenAsync(FlowContext context) => context.Person!.Volunteer switch
    {
        VolunteerStatus.Applied => context.Navigation.LeaveAsync(texts["VolunteerAlreadyApplied"]),
        VolunteerStatus.Approved => context.Navigation.LeaveAsync(texts["VolunteerAlreadyApproved"]),
        _ => context.Navigation.EnterAsync(flow),
    };
}
