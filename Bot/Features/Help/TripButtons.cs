using ClubBot.Conversations;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>«🚐 Кого везти» on an activity's card, for staff: who rides from which village, and a pickup time per village.</summary>
public sealed class TripButtons(TripPickupFlow pickup, BotTexts texts) : IMessageButtons
{
    public const string Prefix = "tp";

    string IMessageButtons.Prefix => Prefix;

    public static string ListData(long activityId) => CallbackData.Make(Prefix, "trips", "list", activityId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        var parts = (data.Argument ?? "").Split(':');
        if (!context.Audience.IsStaff || !long.TryParse(parts[0], out var activityId))
        {
            context.Update.CallbackAnswer = texts["StaffOnly"];
            return;
        }

        var trips = await ActivityTrips.OfAsync(context.Update, activityId);
        if (data.Action == "set" && parts.Length == 2 && int.TryParse(parts[1], out var index) && index >= 0 && index < trips.Count)
        {
            context.Screen.RemovePressedButtons();
            await pickup.OpenAsync(context, activityId, trips[index].From);
            return;
        }

        if (trips.Count == 0)
        {
            context.Screen.Say(texts["TripsNone"]);
            return;
        }

        var lines = trips.Select(t => texts.Format("TripLine", t.From, t.Riders(texts)));
        context.Screen.Say(texts["TripsTitle"] + "\n" + string.Join('\n', lines), new InlineKeyboardMarkup(trips.Select((t, i) =>
            (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(texts.Format("ButtonTripPickup", t.From, t.Rides.Count), CallbackData.Make(Prefix, "trips", "set", $"{activityId}:{i}"))]).ToList()));
    }
}
