using ClubBot.Audit;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using static ClubBot.Features.Privacy.PrivacyState;
using static ClubBot.Features.Privacy.PrivacyTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Privacy.PrivacyState, ClubBot.Features.Privacy.PrivacyTrigger, ClubBot.Features.Privacy.PrivacyDraft>;

namespace ClubBot.Features.Privacy;

/// <summary>«🔒 Мои данные» (P10): everything stored about the person, and deletion or consent withdrawal after a confirmation.</summary>
public sealed class PrivacyFlow(BotTexts texts, ClubTime clock, PersonEraser eraser, AuditLog audit, IEnumerable<IPersonalData> features) : MachineFlow<PrivacyState, PrivacyTrigger, PrivacyDraft>(Back)
{
    public override string Name => "pv";

    protected override PrivacyState Initial => View;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(View)
            .Permit(AskErase, ConfirmErase)
            .Permit(AskWithdraw, ConfirmWithdraw)
            .Permit(Back, Closed)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(ConfirmErase)
            .Permit(Confirm, Erased)
            .Permit(Back, View)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(ConfirmWithdraw)
            .Permit(Confirm, Erased)
            .Permit(Back, View)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Erased).OnEntryAsync(async t =>
        {
            var person = turn.Context.Person!;
            // The journal keeps only the record's number: the point of the request is that the name goes.
            var number = texts.Format("AuditPersonNumber", person.Id);
            audit.Record(turn.Update, AuditActions.DataErased, number, after: texts[t.Source == ConfirmWithdraw ? "AuditConsentWithdrawn" : "AuditDataErased"], actorName: number);
            await eraser.EraseAsync(turn.Update, person);
            await turn.Context.Navigation.LeaveAsync(texts[t.Source == ConfirmWithdraw ? "ConsentWithdrawn" : "DataErased"]);
        }, "erase the person's data");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var keyboards = turn.Context.Keyboards;
        var trigger = input.Kind switch
        {
            InputKind.Callback => turn.Pressed(input)?.Action switch
            {
                "erase" => AskErase,
                "withdraw" => AskWithdraw,
                "yes" => Confirm,
                "no" => Back,
                _ => (PrivacyTrigger?)null,
            },
            InputKind.Text when keyboards.Is(input.Text, "ButtonEraseData") => AskErase,
            InputKind.Text when keyboards.Is(input.Text, "ButtonWithdrawConsent") => AskWithdraw,
            InputKind.Text when keyboards.Is(input.Text, "ButtonYesDelete") => Confirm,
            _ => null,
        };
        return trigger is { } t && await turn.FireAsync(t);
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        var state = turn.State;
        if (state == View)
        {
            // The profile, then what the features keep, each its own message: together they run long.
            var (profile, kept) = await DescribeAsync(turn.Context);
            if (kept is not null)
                turn.Context.Screen.Say(profile, turn.Context.Keyboards.Navigation(), FlowScreen.NavigationKeyboard);
            turn.Context.Screen.Ask(kept ?? profile, Turn.Column(
                turn.Button(texts["ButtonEraseData"], AskErase, "erase"),
                turn.Button(texts["ButtonWithdrawConsent"], AskWithdraw, "withdraw")));
        }
        else if (state is ConfirmErase or ConfirmWithdraw)
            turn.Context.Screen.Ask(texts[state == ConfirmErase ? "ConfirmErase" : "ConfirmWithdraw"], Turn.Column(
                turn.Button(texts["ButtonYesDelete"], Confirm, "yes"),
                turn.Button(texts["ButtonNoKeep"], Back, "no")));
    }

    /// <summary>The profile, and what every feature keeps (sign-ups, requests, questions, surveys; null when nothing), dates in words.</summary>
    private async Task<(string Profile, string? Kept)> DescribeAsync(FlowContext context)
    {
        var p = context.Person!;
        var profile = Profile.Describe(texts, p.Name, p.Phone, p.Settlement, p.Category, Profile.SplitInterests(p.Interests));
        var about = texts["MyDataTitle"] + "\n\n" + profile + "\n" + texts.Format(
                "MyDataTelegram",
                p.TelegramName ?? texts["NotGiven"],
                p.TelegramUserId,
                p.ConsentedAt is { } c ? clock.DayInWords(c) : texts["NotGiven"],
                p.RegisteredAt is { } r ? clock.DayInWords(r) : texts["NotGiven"],
                clock.DayInWords(p.LastSeenAt));
        if (p is { ConsentWay: { } way, ConsentedAt: { } given })
        {
            var recordedBy = p.ConsentRecordedById is { } staffId ? await context.Update.Db.Set<Person>().Where(s => s.Id == staffId).Select(s => s.Name).FirstOrDefaultAsync() : null;
            about += "\n" + texts.Format("MyDataConsentByStaff", recordedBy ?? texts["NameErased"], texts[$"ConsentWay{way}"], clock.DayInWords(given));
        }

        var sections = new List<string>();
        foreach (var feature in features)
            if (await feature.DescribeAsync(context.Update, p, CancellationToken.None) is { } section)
                sections.Add(section);
        return (about, sections.Count == 0 ? null : string.Join("\n\n", sections));
    }
}
