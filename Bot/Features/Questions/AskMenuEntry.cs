using ClubBot.Conversations;

namespace ClubBot.Features.Questions;

/// <summary>The menu's entry to <see cref="AskFlow"/>, for everyone.</summary>
internal sealed class AskMenuEntry(AskFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuAskCoordinator";

    public int Order => 46;

    public bool IsFor(Audience audience) => !audience.IsStaff;

    public Task OpenAsync(FlowContext context) => context.Navigation.EnterAsync(flow);
}
