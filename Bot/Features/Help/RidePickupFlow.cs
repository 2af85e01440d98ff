using System.Globalization;
using ClubBot.Club;
using ClubBot.Texts;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Help.RequestAnswerDraft>;

namespace ClubBot.Features.Help;

/// <summary>«🚐 Подтвердить поездку»: the pickup time, told to the participant; a new ride counts as assigned.</summary>
public sealed class RidePickupFlow(BotTexts texts, RidePickups pickups, RequestCards cards, ClubTime clock) : RequestAnswerFlow("PickupHint")
{
    public override string Name => "hp";

    protected override async Task ShowStepAsync(Turn turn)
    {
        var request = await RequestQueries.WithPeopleAsync(turn.Update, turn.Draft.RequestId);
        turn.Context.Screen.AskText(texts.Format("AskPickup", ExampleDay(request, turn.Update.Now)));
    }

    // The time is read again against the request when acting: it needs the ride's day.
    protected override bool Accept(RequestAnswerDraft draft, string text)
    {
        draft.Text = text;
        return text.Length > 0;
    }

    protected override async Task ActAsync(Turn turn)
    {
        var update = turn.Update;
        if (await RequestQueries.WithPeopleAsync(update, turn.Draft.RequestId) is not { } request)
        {
            await BackToCardAsync(turn);
            return;
        }

        // The card offered no pickup for a closed ride; this is an older screen's answer.
        if (request.IsClosed)
        {
            turn.Context.Screen.Say(texts.Format("RequestAlreadyClosed", request.Id, cards.Status(request.Status)));
            await BackToCardAsync(turn);
            return;
        }

        if (PickupTime(turn.Draft.Text, request, update.Now) is not { } pickup)
        {
            turn.Context.Screen.Say(texts.Format("PickupInvalid", ExampleDay(request, update.Now)));
            await BeginAsync(turn.Context, turn.Draft);
            return;
        }

        pickups.Set(update, request, pickup);
        turn.Context.Screen.Say(texts["RideConfirmedForStaff"]);
        await BackToCardAsync(turn);
    }

    /// <summary>
    /// The day the examples name, as «05.12»: the ride's own day while it is ahead, otherwise tomorrow, so an example
    /// typed as shown is accepted (a fixed «25.12» would be refused as past from 26 December on).
    /// </summary>
    private string ExampleDay(HelpRequest? request, DateTime now)
    {
        var today = DateOnly.FromDateTime(clock.ToLocal(now));
        var day = request?.Day is { } ride && ride > today ? ride : today.AddDays(1);
        return day.ToString("dd.MM", CultureInfo.InvariantCulture);
    }

    /// <summary>"9:30" on the ride's day, or a full day and time.</summary>
    private DateTime? PickupTime(string text, HelpRequest request, DateTime now)
    {
        if (request.Day is { } day && TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            var utc = clock.ToUtc(day.ToDateTime(time));
            return utc > now ? utc : null;
        }

        return DateInput.TryParse(text, now, clock.Zone, out var at) == DateInputResult.Ok ? at : null;
    }
}
