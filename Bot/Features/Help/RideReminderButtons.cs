using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>«✅ Приду» / «❌ Не смогу» under a ride reminder; «Не смогу» cancels the ride, and its volunteer is told.</summary>
public sealed class RideReminderButtons(BotTexts texts, RequestCards cards) : IMessageButtons
{
    public const string Name = "rr";

    public string Prefix => Name;

    public static InlineKeyboardMarkup For(BotTexts texts, long requestId) => new(
    [
        [new InlineKeyboardButton(texts["ButtonWillCome"], CallbackData.Make(Name, "ride", "yes", requestId.ToString()))],
        [new InlineKeyboardButton(texts["ButtonCannotCome"], CallbackData.Make(Name, "ride", "no", requestId.ToString()))],
    ]);

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        context.Screen.RemovePressedButtons();
        if (!long.TryParse(data.Argument, out var id) || context.Person is not { } person)
        {
            context.Screen.Say(texts["OldButton"]);
            return;
        }

        await RequestLock.LockAsync(context.Update, id);
        var ride = await context.Update.Db.Set<HelpRequest>().Include(r => r.Volunteer)
            .SingleOrDefaultAsync(r => r.Id == id && r.PersonId == person.Id && r.Kind == RequestKind.Ride
                && (r.Status == RequestStatus.New || r.Status == RequestStatus.Assigned || r.Status == RequestStatus.InProgress));
        if (ride is null)
        {
            context.Screen.Say(texts["RequestNotOpen"]);
            return;
        }

        if (data.Action == "yes")
        {
            context.Screen.Say(texts["SeeYou"]);
            return;
        }

        ride.SetStatus(RequestStatus.Cancelled, context.Update.Now);
        if (ride.Volunteer?.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts.Format("TaskCancelledByParticipant", ride.Id, cards.What(ride)));
        context.Screen.Say(texts.Format("RequestCancelled", ride.Id));
    }
}
