using ClubBot.Conversations;
using ClubBot.Pipeline;

namespace ClubBot.Features.Help;

/// <summary>
/// What requests need from the volunteers' side, which builds on requests and is not known here: telling
/// volunteers nearby of a new request, and a coordinator choosing a volunteer from a request's card.
/// </summary>
public interface IRequestVolunteers
{
    /// <summary>Approved volunteers near the request hear of it, with a button to take it.</summary>
    Task AnnounceAsync(UpdateContext context, HelpRequest request);

    /// <summary>Opens the coordinator's choice of volunteer for the request.</summary>
    Task OpenAssignAsync(FlowContext context, long requestId);
}
