using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Questions;

/// <summary>The menu's entry to <see cref="AskFlow"/>, for everyone.</summary>
internal sealed class AskMenuEntry(AskFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuAskCoordinator";

    public int Order => 88;

    public bool IsFor(Audience audience) => !audience.IsStaff;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}
