using ClubBot.Club;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

/// <summary>«🎁 Автобус добра» (P6): the kind of aid → what exactly is needed → where to bring it.</summary>
public sealed class AidFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock, IOptions<HelpOptions> options, IEnumerable<IRequestVolunteers> volunteers, IOptions<Onboarding.OnboardingOptions> places)
    : RequestFlow(texts, cards, notices, clock, volunteers, places)
{
    public override string Name => "ad";

    protected override RequestKind Kind => RequestKind.Aid;

    protected override IReadOnlyList<RequestStep> Steps =>
    [
        ChoiceStep("Kind", "AskAidKind", options.Value.AidKinds, (d, kind) => d.Service = kind),
        WordsStep("Details", "AskAidDetails", "ProblemInvalid", (d, text) => d.Details = text),
        new("Address",
            (c, d) => c.Screen.AskText(Texts["AskAidAddress"], ProfilePlaceButton(c, d)),
            (c, d, input) => AcceptPlace(c, d, input, v => d.Address = v, "AddressInvalid")),
    ];

    protected override void Fill(HelpRequest request, RequestDraft draft)
    {
        request.Service = draft.Service;
        request.Details = draft.Details;
        request.Address = draft.Address;
    }
}
