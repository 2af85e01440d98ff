using ClubBot.People;
using ClubBot.Pipeline;

namespace ClubBot.Conversations;

/// <summary>A flow's answers (an address, a problem described) are the person's words too: a paused flow goes with them.</summary>
internal sealed class SessionErasure : IPersonalData
{
    public async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct)
    {
        if (person.ChatId is { } chat && await context.SessionOfAsync(chat, ct) is { } session)
            session.Paused = null;
    }
}
