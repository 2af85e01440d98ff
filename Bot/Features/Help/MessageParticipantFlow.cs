using ClubBot.Texts;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Help.RequestAnswerDraft>;

namespace ClubBot.Features.Help;

/// <summary>«✉️ Написать участнику»: a coordinator's message reaches the person who made the request.</summary>
public sealed class MessageParticipantFlow(BotTexts texts, RequestNotices notices, Lazy<StaffRequestsFlow> card) : RequestAnswerFlow("MessageInvalid", card)
{
    public override string Name => "hm";

    protected override Task ShowStepAsync(Turn turn)
    {
        turn.Context.AskText(texts.Format("AskMessageToParticipant", turn.Draft.RequestId));
        return Task.CompletedTask;
    }

    protected override bool Accept(RequestAnswerDraft draft, string text)
    {
        draft.Text = text;
        return text.Length is >= 2 and <= 2000;
    }

    protected override async Task ActAsync(Turn turn)
    {
        if (await RequestQueries.WithPeopleAsync(turn.Update, turn.Draft.RequestId) is { } request)
        {
            notices.TellParticipant(turn.Update, request, texts.Format("MessageFromCoordinator", request.Id, turn.Draft.Text));
            turn.Context.Say(texts["MessageSent"]);
        }

        await BackToCardAsync(turn);
    }
}
