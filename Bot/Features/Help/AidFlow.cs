using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

/// <summary>«🎁 Автобус добра» (P6): the kind of aid → what exactly is needed.</summary>
public sealed class AidFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock, IOptions<HelpOptions> options, IEnumerable<IRequestVolunteers> volunteers)
    : RequestFlow(texts, cards, notices, clock, volunteers)
{
    public override string Name => "ad";

    protected override RequestKind Kind => RequestKind.Aid;

    protected override IReadOnlyList<RequestStep> Steps =>
    [
        new("Kind",
            (c, d) => c.Ask(Texts["AskAidKind"], c.Keyboards.Paged(
                options.Value.AidKinds.Select((s, i) => new InlineKeyboardButton(s, Data("Kind", "pick", i.ToString()))).ToList(),
                0, p => Data("Kind", "page", p.ToString()))),
            (c, d, input) =>
            {
                if (Pressed(c, input, "Kind", "pick") is not { } data || !int.TryParse(data.Argument, out var i) || i < 0 || i >= options.Value.AidKinds.Count)
                    return "";
                d.Service = options.Value.AidKinds[i];
                return null;
            }),
        new("Details",
            (c, d) => c.AskText(Texts["AskAidDetails"]),
            (c, d, input) =>
            {
                if (input.Kind != InputKind.Text)
                    return "";
                var text = input.Text!.Trim();
                if (text.Length is < 3 or > 1000 || !text.Any(char.IsLetter))
                    return "ProblemInvalid";
                d.Details = text;
                return null;
            }),
    ];

    protected override void Fill(HelpRequest request, RequestDraft draft)
    {
        request.Service = draft.Service;
        request.Details = draft.Details;
    }
}
