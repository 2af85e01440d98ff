using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Surveys;

/// <summary>«📝 Пройти опрос» and «Не сейчас» under an invitation; they name the questionnaire and the occasion, never another person.</summary>
public sealed class SurveyButtons(SurveyFlow flow, BotTexts texts) : IMessageButtons
{
    public const string Name = "svb";

    public string Prefix => Name;

    public static string Data(string action, string questionnaire, string occasion) => CallbackData.Make(Name, "inv", action, $"{questionnaire}|{occasion}");

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        var parts = data.Argument?.Split('|', 2);
        var invitation = parts is [var questionnaire, var occasion] && context.Person is { } person
            ? await context.Update.Db.Set<SurveyInvitation>().SingleOrDefaultAsync(i => i.PersonId == person.Id && i.Questionnaire == questionnaire && i.Occasion == occasion)
            : null;
        context.Screen.RemovePressedButtons();
        if (invitation is null)
        {
            context.Screen.Say(texts["OldButton"]);
            return;
        }

        if (invitation.State == InvitationState.Completed)
            context.Screen.Say(texts["SurveyAlreadyAnswered"]);
        else if (data.Action == "start")
            await flow.StartForAsync(context, invitation);
        else
            context.Screen.Say(texts["SurveyLater"]);
    }
}
