using ClubBot.Audit;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Staff.JournalState, ClubBot.Features.Staff.JournalTrigger, ClubBot.Features.Staff.JournalDraft>;

namespace ClubBot.Features.Staff;

public enum JournalState
{
    List,
    Closed,
}

public enum JournalTrigger
{
    Filter,
    Back,
}

/// <summary>Whose changes the administrator is reading; empty for everyone's.</summary>
public sealed class JournalDraft
{
    public string? Actor { get; set; }
}

/// <summary>«🧾 Журнал» (C6), for administrators: the last 20 changes staff made; a typed name shows one person's only.</summary>
public sealed class AuditJournalFlow(BotTexts texts, ClubTime clock) : MachineFlow<JournalState, JournalTrigger, JournalDraft>(JournalTrigger.Back)
{
    public const int Shown = 20;

    public override string Name => "aj";

    protected override JournalState Initial => JournalState.List;

    public override bool IsFor(Audience audience) => audience.IsAdmin;

    protected override void Configure(Turn turn)
    {
        turn.Machine.Configure(JournalState.List).PermitReentry(JournalTrigger.Filter).Permit(JournalTrigger.Back, JournalState.Closed).OnEntry(_ => ShowStepAsync(turn));
        turn.Machine.Configure(JournalState.Closed).OnEntry(_ => turn.Context.LeaveAsync());
    }

    protected override string? HintFor(Turn turn) => "JournalFilterHint";

    protected override async Task<bool> OnInputAsync(Turn turn, Input input) => input switch
    {
        _ when turn.Pressed(input, "all") is not null => await turn.FireAsync(JournalTrigger.Filter, () => turn.Draft.Actor = null),
        { Kind: InputKind.Text, Text: { Length: >= 2 and <= 100 } text } => await turn.FireAsync(JournalTrigger.Filter, () => turn.Draft.Actor = text.Trim()),
        _ => false,
    };

    protected override async Task ShowStepAsync(Turn turn)
    {
        var actor = turn.Draft.Actor;
        // Names are compared in memory: SQLite's LIKE ignores case only for Latin letters.
        var recent = await turn.Update.Db.Set<AuditEntry>().OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(actor is null ? Shown : 2000).ToListAsync();
        var entries = recent.Where(e => actor is null || e.Actor.Contains(actor, StringComparison.CurrentCultureIgnoreCase)).Take(Shown).ToList();
        var title = actor is null ? texts.Format("JournalTitle", entries.Count) : texts.Format("JournalTitleFor", actor, entries.Count);
        var lines = entries.Count == 0 ? [texts["JournalEmpty"]] : entries.Select(Line);
        turn.Context.Ask(title + "\n\n" + string.Join("\n\n", lines) + "\n\n" + texts["JournalFilterHint"],
            Turn.Column(actor is null ? null : turn.Button(texts["ButtonJournalAll"], JournalTrigger.Filter, "all")));
    }

    private string Line(AuditEntry e)
    {
        var change = (e.Before, e.After) switch
        {
            (null, null) => "",
            (null, { } after) => "\n" + texts.Format("JournalAfter", after),
            ({ } before, null) => "\n" + texts.Format("JournalBefore", before),
            ({ } before, { } after) => "\n" + texts.Format("JournalChange", before, after),
        };
        return $"{clock.Format(e.At)} · {e.Actor}\n{texts[$"Audit.{e.Action}"]}: {e.Subject}{change}";
    }
}
