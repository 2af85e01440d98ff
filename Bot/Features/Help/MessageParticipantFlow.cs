using ClubBot.People;
using ClubBot.Texts;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Help.RequestAnswerDraft>;

namespace ClubBot.Features.Help;

/// <summary>«✉️ Написать участнику»: a coordinator's message reaches the person who made the request.</summary>
public sealed class MessageParticipantFlow(BotTexts texts, RequestNotices notices) : RequestAnswerFlow("MessageInvalid")
{
    public override string Name => "hm";

    protected override async Task ShowStepAsync(Turn turn)
    {
        // Typing a message nobody will receive wastes the coordinator's time: say at once whom to call.
        if (await RequestQueries.WithPeopleAsync(turn.Update, turn.Draft.RequestId) is { Person.ChatId: null } request)
        {
            turn.Context.Screen.Say(PersonContact.CanBeReached(request.Person)
                ? texts.Format("NoTelegramCall", PersonContact.Describe(request.Person, texts))
                : texts["NobodyToTell"]);
            await BackToCardAsync(turn);
            return;
        }

        turn.Context.Screen.AskText(texts.Format("AskMessageToParticipant", turn.Draft.RequestId));
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
            var message = texts.Format("MessageFromCoordinator", request.Id, turn.Draft.Text);
            if (notices.TellParticipant(turn.Update, request, message))
                turn.Context.Screen.Say(texts["MessageSent"]);
            else
                turn.Context.Screen.Say(PersonContact.CanBeReached(request.Person)
                    ? texts.Format("CallInstead", PersonContact.Describe(request.Person, texts), message)
                    : texts["NobodyToTell"]);
        }

        await BackToCardAsync(turn);
    }
}
