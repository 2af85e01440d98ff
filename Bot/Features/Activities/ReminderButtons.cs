using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Activities;

/// <summary>«✅ Приду» / «❌ Не смогу» under a reminder; «Не смогу» cancels the sign-up and gives the seat to the first waiting.</summary>
public sealed class ReminderButtons(BotTexts texts, Seats seats, ActivityCards cards) : IMessageButtons
{
    public const string Name = "rm";

    public string Prefix => Name;

    public static InlineKeyboardMarkup For(BotTexts texts, long signUpId) => new(
    [
        [new InlineKeyboardButton(texts["ButtonWillCome"], CallbackData.Make(Name, "sig", "yes", signUpId.ToString()))],
        [new InlineKeyboardButton(texts["ButtonCannotCome"], CallbackData.Make(Name, "sig", "no", signUpId.ToString()))],
    ]);

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        context.Screen.RemovePressedButtons();
        var signUp = long.TryParse(data.Argument, out var id) && context.Person is { } person
            ? await context.Update.Db.Set<SignUp>().Include(s => s.Activity).SingleOrDefaultAsync(s => s.Id == id && s.PersonId == person.Id && s.State != SignUpState.Cancelled)
            : null;
        if (signUp is null)
        {
            context.Screen.Say(texts["OldButton"]);
            return;
        }

        if (data.Action == "yes")
        {
            signUp.ReminderAnsweredAt = context.Update.Now;
            context.Update.CallbackAnswer = texts["SeeYou"];
            context.Screen.Say(texts["SeeYou"]);
            return;
        }

        await seats.CancelAsync(context.Update, signUp);
        context.Screen.Say(texts.Format("SignUpCancelled", cards.Headline(signUp.Activity!)));
    }
}
