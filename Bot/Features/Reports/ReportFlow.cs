using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Reports.ReportState, ClubBot.Features.Reports.ReportTrigger, ClubBot.Features.Reports.ReportDraft>;

namespace ClubBot.Features.Reports;

public enum ReportState
{
    Choose,
    Sent,
    Closed,
}

public enum ReportTrigger
{
    Chosen,
    Back,
}

/// <summary>The period chosen, kept until the report is made.</summary>
public sealed class ReportDraft
{
    public PeriodKind Kind { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }
}

/// <summary>«📈 Отчёт» (C5): a month, quarter or year (this or the last one), or a typed period → the report and its files.</summary>
public sealed class ReportFlow(BotTexts texts, ClubTime clock, ReportDelivery delivery) : MachineFlow<ReportState, ReportTrigger, ReportDraft>(ReportTrigger.Back)
{
    private static readonly (string Key, PeriodKind Kind, bool Last)[] Choices =
    [
        ("ButtonThisMonth", PeriodKind.Month, false), ("ButtonLastMonth", PeriodKind.Month, true),
        ("ButtonThisQuarter", PeriodKind.Quarter, false), ("ButtonLastQuarter", PeriodKind.Quarter, true),
        ("ButtonThisYear", PeriodKind.Year, false), ("ButtonLastYear", PeriodKind.Year, true),
    ];

    public override string Name => "pr";

    protected override ReportState Initial => ReportState.Choose;

    public override bool IsFor(Audience audience) => audience.IsStaff;

    protected override void Configure(Turn turn)
    {
        turn.Machine.Configure(ReportState.Choose).Permit(ReportTrigger.Chosen, ReportState.Sent).Permit(ReportTrigger.Back, ReportState.Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        turn.Machine.Configure(ReportState.Sent).OnEntryAsync(_ => SendAsync(turn), "send the report");
        turn.Machine.Configure(ReportState.Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override Task ShowStepAsync(Turn turn)
    {
        turn.Context.Screen.Ask(texts["AskReportPeriod"], new(Choices.Chunk(2)
            .Select(pair => (IReadOnlyList<InlineKeyboardButton>)pair.Select(c => turn.Button(texts[c.Key], ReportTrigger.Chosen, "period", c.Key)!).ToList())
            .ToList()));
        return Task.CompletedTask;
    }

    protected override string? HintFor(Turn turn) => PeriodInput.Invalid;

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var today = DateOnly.FromDateTime(clock.ToLocal(turn.Update.Now));
        if (turn.Pressed(input, "period") is { } data && Choices.FirstOrDefault(c => c.Key == data.Argument) is { Key: not null } choice)
        {
            var current = ReportPeriod.Containing(choice.Kind, today);
            return await turn.FireAsync(ReportTrigger.Chosen, () => Keep(turn.Draft, choice.Last ? current.Previous() : current));
        }

        if (input.Kind != InputKind.Text)
            return false;
        var (period, error) = PeriodInput.Parse(input.Text, today, texts.Culture);
        if (period is null)
        {
            turn.Context.Screen.Say(texts[error!]);
            await ShowStepAsync(turn);
            return true;
        }

        return await turn.FireAsync(ReportTrigger.Chosen, () => Keep(turn.Draft, period));
    }

    private async Task SendAsync(Turn turn)
    {
        var draft = turn.Draft;
        var period = new ReportPeriod(draft.Kind, draft.From, draft.To);
        var report = await delivery.MakeAsync(turn.Update.Db, period, turn.Update.Now);
        await turn.Context.Navigation.LeaveAsync(delivery.Message(report));
        delivery.SendFiles(turn.Update.Outbox, turn.Update.ChatId, report, OutboxPriority.Reply);
    }

    private static void Keep(ReportDraft draft, ReportPeriod period) => (draft.Kind, draft.From, draft.To) = (period.Kind, period.From, period.To);
}
