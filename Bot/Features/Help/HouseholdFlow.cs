using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>«🛠 Помощь по дому» (P4): service with its tariff → what is wrong (text, a photo) → address → day → part of day.</summary>
public sealed class HouseholdFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock, IOptions<HelpOptions> options, IEnumerable<IRequestVolunteers> volunteers, IOptions<Onboarding.OnboardingOptions> places)
    : RequestFlow(texts, cards, notices, clock, volunteers, places)
{
    public override string Name => "hh";

    protected override RequestKind Kind => RequestKind.Household;

    protected override IReadOnlyList<RequestStep> Steps =>
    [
        new("Service",
            (c, d) => c.Screen.Ask(Texts["AskService"], c.Keyboards.Paged(
                options.Value.Services.Select(s => new InlineKeyboardButton(Texts.Format("ServiceButton", s.Title, s.Tariff == 0 ? Texts["Free"] : $"{s.Tariff} ₽"), Data("Service", "pick", s.Code))).ToList(),
                0, p => Data("Service", "page", p.ToString()))),
            (c, d, input) =>
            {
                if (Pressed(c, input, "Service", "pick") is not { } data || options.Value.Find(data.Argument) is not { } service)
                    return "";
                d.Service = service.Code;
                return null;
            }),
        new("Problem",
            (c, d) => c.Screen.AskText(Texts["AskProblem"] + Current(d.Details)),
            (c, d, input) =>
            {
                var text = input.Text?.Trim();
                if (input.PhotoFileId is { } photo)
                {
                    d.PhotoFileId = photo;
                    if (string.IsNullOrEmpty(text))
                        return "PhotoNeedsWords";
                }
                else if (input.Kind != InputKind.Text)
                {
                    return "";
                }

                if (text is { Length: > RequestDetails.MaxLength })
                    return "DetailsTooLong";
                if (text is null || text.Length < 3 || !text.Any(char.IsLetter))
                    return "ProblemInvalid";
                d.Details = text;
                return null;
            }),
        new("Address",
            (c, d) => c.Screen.AskText(Texts["AskAddress"] + Current(d.Address), ProfilePlaceButton(c, d)),
            (c, d, input) => AcceptPlace(c, d, input, v => d.Address = v, "AddressInvalid")),
        DayStep("Day", "AskDay", 7, (d, day) => d.Day = day),
        new("PartOfDay",
            (c, d) => c.Screen.Ask(Texts["AskPartOfDay"], new InlineKeyboardMarkup(Enum.GetValues<PartOfDay>()
                .Select(p => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(Texts[$"PartOfDay{p}"], Data("PartOfDay", "pick", p.ToString()))]).ToList())),
            (c, d, input) =>
            {
                if (Pressed(c, input, "PartOfDay", "pick") is not { } data || !Enum.TryParse<PartOfDay>(data.Argument, out var part) || !Enum.IsDefined(part))
                    return "";
                d.PartOfDay = part;
                return null;
            }),
    ];

    protected override void Fill(HelpRequest request, RequestDraft draft)
    {
        request.Service = draft.Service;
        request.Details = draft.Details;
        request.PhotoFileId = draft.PhotoFileId;
        request.Address = draft.Address;
        request.Day = draft.Day;
        request.PartOfDay = draft.PartOfDay;
        request.ForVolunteers = options.Value.Find(draft.Service)?.ForVolunteers == true;
    }

    private string Current(string? value) => value is null ? "" : "\n\n" + Texts.Format("CurrentAnswer", value);
}
