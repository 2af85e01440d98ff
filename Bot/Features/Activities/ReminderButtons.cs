using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Activities;

/// <summary>
/// «✅ Приду» / «❌ Не смогу» under a reminder; «Не смогу» cancels the sign-up and gives the seat to the first waiting.
/// Under a forum's reminder both answer for the person's whole programme of that day.
/// </summary>
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

        var together = signUp.Activity!.ForumDayId is { } forum
            ? await ForumProgramme.MineAsync(context.Update.Db, forum, signUp.PersonId, context.Update.Now)
            : [signUp];
        if (data.Action == "yes")
        {
            foreach (var each in together)
                each.ReminderAnsweredAt = context.Update.Now;
            context.Update.CallbackAnswer = texts["SeeYou"];
            context.Screen.Say(texts["SeeYou"]);
            return;
        }

        foreach (var each in together)
            await seats.CancelAsync(context.Update, each);
        context.Screen.Say(string.Join('\n', together.Select(each => texts.Format("SignUpCancelled", cards.Headline(each.Activity!)))));
    }
}
