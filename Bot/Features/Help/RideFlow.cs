using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>«🚐 Поездка в город» (P5): day → from → destination (listed or typed) → purpose → escort needed?</summary>
public sealed class RideFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock, IOptions<HelpOptions> options, IEnumerable<IRequestVolunteers> volunteers, IOptions<Onboarding.OnboardingOptions> places)
    : RequestFlow(texts, cards, notices, clock, volunteers, places)
{
    /// <summary>A typed destination fits the card's line and the staff list.</summary>
    private const int MaxDestination = 80;

    public override string Name => "rd";

    protected override RequestKind Kind => RequestKind.Ride;

    protected override IReadOnlyList<RequestStep> Steps =>
    [
        DayStep("Day", "AskRideDay", 60, (d, day) => d.Day = day),
        new("From",
            (c, d) => c.Screen.AskText(Texts["AskRideFrom"], ProfilePlaceButton(c, d)),
            (c, d, input) => AcceptPlace(c, d, input, v => d.RideFrom = v, "PlaceInvalid")),
        DestinationStep(),
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

    /// <summary>One of the listed places, or any other typed in words (after «✏️ Другое», or straight away); a question is not a place.</summary>
    private RequestStep DestinationStep()
    {
        var listed = options.Value.RideDestinations;
        InlineKeyboardMarkup Buttons(FlowContext c, RequestDraft d) => c.Keyboards.Paged(
            listed.Select((s, i) => new InlineKeyboardButton(s, Data("To", "pick", i.ToString()))).ToList(), 0, p => Data("To", "page", p.ToString()),
            [new InlineKeyboardButton(Texts["ButtonOtherPlace"], Data("To", "other"))]);
        return new("To",
            (c, d) => c.Screen.Ask(Texts["AskRideTo"], Buttons(c, d)),
            (c, d, input) =>
            {
                if (Pressed(c, input, "To", "other") is not null)
                {
                    c.Screen.AskText(Texts["AskRideToTyped"]);
                    return RequestStep.Answered;
                }

                if (Pressed(c, input, "To", "pick") is { } data)
                {
                    if (!int.TryParse(data.Argument, out var i) || i < 0 || i >= listed.Count)
                        return "";
                    d.RideTo = listed[i];
                    return null;
                }

                // Not taken, so the question is offered to a coordinator as anywhere else.
                if (input.Kind != InputKind.Text || input.Text!.Contains('?'))
                    return "";
                var typed = input.Text.Trim();
                if (typed.Length is < 3 or > MaxDestination || !typed.Any(char.IsLetter))
                    return "RideToInvalid";
                d.RideTo = typed;
                return null;
            },
            Buttons,
            (c, key) => Texts.Format(key, MaxDestination));
    }

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
