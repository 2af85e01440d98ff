using ClubBot.Club;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>«🚐 Поездка в город» (P5): day → from → destination → purpose → escort needed?</summary>
public sealed class RideFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock, IOptions<HelpOptions> options, IEnumerable<IRequestVolunteers> volunteers, IOptions<Onboarding.OnboardingOptions> places)
    : RequestFlow(texts, cards, notices, clock, volunteers, places)
{
    public override string Name => "rd";

    protected override RequestKind Kind => RequestKind.Ride;

    protected override IReadOnlyList<RequestStep> Steps =>
    [
        DayStep("Day", "AskRideDay", 60, (d, day) => d.Day = day),
        new("From",
            (c, d) => c.Screen.AskText(Texts["AskRideFrom"], ProfilePlaceButton(c)),
            (c, d, input) => AcceptPlace(c, input, v => d.RideFrom = v, "PlaceInvalid")),
        ChoiceStep("To", "AskRideTo", options.Value.RideDestinations, (d, place) => d.RideTo = place),
        WordsStep("Purpose", "AskRidePurpose", "PurposeInvalid", (d, text) => d.Details = text),
        new("Escort",
            (c, d) => c.Screen.Ask(Texts["AskEscort"], new InlineKeyboardMarkup(
            [
                [new InlineKeyboardButton(Texts["ButtonEscortYes"], Data("Escort", "yes"))],
                [new InlineKeyboardButton(Texts["ButtonEscortNo"], Data("Escort", "no"))],
            ])),
            (c, d, input) =>
            {
                if (Pressed(c, input, "Escort", "yes") is not null)
                    d.EscortNeeded = true;
                else if (Pressed(c, input, "Escort", "no") is not null)
                    d.EscortNeeded = false;
                else
                    return "";
                return null;
            }),
    ];

    protected override void Fill(HelpRequest request, RequestDraft draft)
    {
        request.Day = draft.Day;
        request.RideFrom = draft.RideFrom;
        request.RideTo = draft.RideTo;
        request.Details = draft.Details;
        request.EscortNeeded = draft.EscortNeeded == true;
        request.ForVolunteers = draft.EscortNeeded == true;
    }
}
