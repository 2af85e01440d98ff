using ClubBot.Conversations;

namespace ClubBot.Features.Privacy;

/// <summary>Everyone may see what is stored about them, registered or not.</summary>
internal sealed class MyDataMenuEntry(PrivacyFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuMyData";

    public int Order => 85;

    public bool IsFor(Audience audience) => true;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}
