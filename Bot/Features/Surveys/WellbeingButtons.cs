using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Surveys;

/// <summary>«📞 Позвонить мне» under the thanks for a worst answer about how the person is: coordinators are asked to call.</summary>
public sealed class WellbeingButtons(BotTexts texts, IOptions<SurveyOptions> options, ICallRequests calls) : IMessageButtons
{
    public const string Name = "swb";

    public string Prefix => Name;

    public static InlineKeyboardMarkup For(BotTexts texts, SurveyInvitation invitation, SurveyQuestion question) =>
        new([[new InlineKeyboardButton(texts["ButtonCallMe"], CallbackData.Make(Name, "low", "call", $"{invitation.Id}|{question.Id}"))]]);

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        context.Screen.RemovePressedButtons();
        context.ShowStepAfter = true;
        var parts = data.Argument?.Split('|', 2);
        var invitation = parts is [var id, _] && long.TryParse(id, out var invitationId) && context.Person is { IsRegistered: true } person
            ? await context.Update.Db.Set<SurveyInvitation>().SingleOrDefaultAsync(i => i.Id == invitationId && i.PersonId == person.Id)
            : null;
        var questionnaire = invitation is null ? null : options.Value.Find(invitation.Questionnaire);
        var question = questionnaire?.Questions.FirstOrDefault(q => q.Id == parts![1]);
        if (question is null)
        {
            context.Screen.Say(texts["OldButton"]);
            return;
        }

        // The answer may have been changed since; the call is still wanted, and the reason says what was answered then.
        var reason = texts.Format("WellbeingCallReason", questionnaire!.Title, question.Prompt, question.Labels.FirstOrDefault() ?? "1");
        context.Screen.Say(await calls.RequestAsync(context.Update, context.Person!, reason));
    }
}
