using ClubBot.Audit;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;
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
    TurnPage,
    Back,
}

/// <summary>Whose changes the administrator is reading; empty for everyone's.</summary>
public sealed class JournalDraft
{
    public string? Actor { get; set; }

    /// <summary>0 for the newest page.</summary>
    public int Page { get; set; }
}

/// <summary>
/// «🧾 Журнал» (C6), for administrators: the changes staff made, newest first, ten a page; a typed name shows one
/// person's only. Each entry says in words what changed, and only that.
/// </summary>
public sealed class AuditJournalFlow(BotTexts texts, ClubTime clock) : MachineFlow<JournalState, JournalTrigger, JournalDraft>(JournalTrigger.Back)
{
    public const int PageSize = 10;

    // Entries read for one screen: enough pages back for a busy month, and a bound on what a filter sorts through.
    private const int Window = 2000;

    public override string Name => "aj";

    protected override JournalState Initial => JournalState.List;

    public override bool IsFor(Audience audience) => audience.IsAdmin;

    protected override void Configure(Turn turn)
    {
        turn.Machine.Configure(JournalState.List).PermitReentry(JournalTrigger.Filter).PermitReentry(JournalTrigger.TurnPage)
            .Permit(JournalTrigger.Back, JournalState.Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        turn.Machine.Configure(JournalState.Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override string? HintFor(Turn turn) => "JournalFilterHint";

    protected override async Task<bool> OnInputAsync(Turn turn, Input input) => input switch
    {
        _ when turn.Pressed(input, "all") is not null => await turn.FireAsync(JournalTrigger.Filter, () => (turn.Draft.Actor, turn.Draft.Page) = (null, 0)),
        _ when turn.Pressed(input, "page") is { } data && int.TryParse(data.Argument, out var page) && page >= 0 =>
            await turn.FireAsync(JournalTrigger.TurnPage, () => turn.Draft.Page = page),
        { Kind: InputKind.Text, Text: { Length: >= 2 and <= 100 } text } => await turn.FireAsync(JournalTrigger.Filter, () => (turn.Draft.Actor, turn.Draft.Page) = (text.Trim(), 0)),
        _ => false,
    };

    protected override async Task ShowStepAsync(Turn turn)
    {
        var (actor, page) = (turn.Draft.Actor, turn.Draft.Page);
        // Names are compared in memory: SQLite's LIKE ignores case only for Latin letters.
        var recent = await turn.Update.Db.Set<AuditEntry>().OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(Window).ToListAsync();
        var matching = recent.Where(e => actor is null || e.Actor.Contains(actor, StringComparison.CurrentCultureIgnoreCase)).ToList();
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        page = Math.Min(page, pages - 1);
        var entries = matching.Skip(page * PageSize).Take(PageSize).ToList();
        var title = actor is null ? texts.Format("JournalTitle", matching.Count) : texts.Format("JournalTitleFor", actor, matching.Count);
        if (pages > 1)
            title += "\n" + texts.Format("JournalPage", page + 1, pages);
        var lines = entries.Count == 0 ? [texts["JournalEmpty"]] : entries.Select(Line);
        var arrows = new[]
        {
            page > 0 ? turn.Button(texts["ButtonJournalNewer"], JournalTrigger.TurnPage, "page", (page - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
            page < pages - 1 ? turn.Button(texts["ButtonJournalOlder"], JournalTrigger.TurnPage, "page", (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
        }.OfType<InlineKeyboardButton>().ToList();
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        if (arrows.Count > 0)
            rows.Add(arrows);
        if (actor is not null)
            rows.Add([turn.Button(texts["ButtonJournalAll"], JournalTrigger.Filter, "all")!]);
        turn.Context.Screen.Ask(title + "\n\n" + string.Join("\n\n", lines) + "\n\n" + texts["JournalFilterHint"], new InlineKeyboardMarkup(rows));
    }

    private string Line(AuditEntry e)
    {
        var change = (e.Before, e.After) switch
        {
            (null, null) => "",
            // A list of changed fields says «было» and «стало» on each of its lines.
            (null, { } after) when after.StartsWith("• ", StringComparison.Ordinal) => "\n" + after,
            (null, { } after) => "\n" + texts.Format("JournalAfter", after),
            ({ } before, null) => "\n" + texts.Format("JournalBefore", before),
            ({ } before, { } after) => "\n" + texts.Format("JournalChange", before, after),
        };
        return $"{clock.Format(e.At)} · {e.Actor}\n{texts[$"Audit.{e.Action}"]}: {e.Subject}{change}";
    }
}
