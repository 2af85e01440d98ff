using ClubBot.Conversations;

namespace ClubBot.Features.Activities;

/// <summary>«📅 Куда пойти», for registered participants.</summary>
internal sealed class BrowseMenuEntry(BrowseFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuWhereToGo";

    public int Order => 20;

    public bool IsFor(Audience audience) => audience.IsRegistered;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}

/// <summary>«🗓 Мои записи», for registered participants.</summary>
internal sealed class MySignUpsMenuEntry(MySignUpsFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuMySignUps";

    public int Order => 25;

    public bool IsFor(Audience audience) => audience.IsRegistered;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}
