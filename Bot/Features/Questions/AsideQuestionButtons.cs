using ClubBot.Conversations;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Questions;

/// <summary>
/// «❓ Передать координатору» under words typed in the middle of a flow: they become a question, and the person
/// goes on from the step they were at.
/// </summary>
public sealed class AsideQuestionButtons(BotTexts texts, QuestionDesk desk) : IMessageButtons, IAsideOffer
{
    public const string Name = "qs";

    public string Prefix => Name;

    public InlineKeyboardMarkup? ButtonFor(Audience audience) =>
        audience.IsRegistered && !audience.IsStaff
            ? new([[new InlineKeyboardButton(texts["ButtonPassToCoordinator"], CallbackData.Make(Name, "aside", "send"))]])
            : null;

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        context.Screen.RemovePressedButtons();
        context.ShowStepAfter = true;
        if (context.Session.Aside is not { } words || context.Person is not { IsRegistered: true } person)
        {
            // Pressed twice, or after the words were passed on from another message.
            context.Update.CallbackAnswer = texts["AsideAlreadySent"];
            return;
        }

        context.Session.Aside = null;
        context.Screen.Say(await desk.TakeAsync(context.Update, person, words));
    }
}
