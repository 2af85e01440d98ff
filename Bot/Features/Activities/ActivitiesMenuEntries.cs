using ClubBot.Conversations;

namespace ClubBot.Features.Activities;

/// <summary>«📅 Куда пойти», for registered participants.</summary>
internal sealed class BrowseMenuEntry(BrowseFlow flow) : FlowMenuEntry(flow, "MenuWhereToGo", 20, forParticipants: true);

/// <summary>«🗓 Мои записи», for registered participants.</summary>
internal sealed class MySignUpsMenuEntry(MySignUpsFlow flow) : FlowMenuEntry(flow, "MenuMySignUps", 25, forParticipants: true);
