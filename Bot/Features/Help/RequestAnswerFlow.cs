using ClubBot.Conversations;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Help.RequestAnswerDraft>;

namespace ClubBot.Features.Help;

/// <summary>A coordinator types one thing about a request from its card; afterwards, or on «Назад», the card again.</summary>
public abstract class RequestAnswerFlow(string hintKey) : OneAnswerFlow<RequestAnswerDraft>(hintKey)
{
    public override bool IsFor(Audience audience) => audience.IsStaff;

    public override Task StartAsync(FlowContext context) => context.Navigation.LeaveAsync();

    public Task OpenAsync(FlowContext context, long requestId) => BeginAsync(context, new RequestAnswerDraft { RequestId = requestId });

    protected override Task CloseAsync(Turn turn) => BackToCardAsync(turn);

    protected Task BackToCardAsync(Turn turn) => turn.Context.Navigation.GoToAsync(StaffRequestsFlow.CardOf(turn.Draft.RequestId));
}
