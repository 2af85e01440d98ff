using ClubBot.Audit;
using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Staff.StaffMembersState, ClubBot.Features.Staff.StaffMembersTrigger, ClubBot.Features.Staff.StaffMembersDraft>;

namespace ClubBot.Features.Staff;

public enum StaffMembersState
{
    Search,
    Card,
    Confirm,
    Closed,
}

public enum StaffMembersTrigger
{
    Open,
    Ask,
    Change,
    Back,
}

/// <summary>The person an administrator is looking at.</summary>
public sealed class StaffMembersDraft
{
    public long PersonId { get; set; }

    /// <summary>What the administrator asked to do: give the role (true) or take it away.</summary>
    public bool Grant { get; set; }
}

/// <summary>
/// «👔 Сотрудники» (C6), for administrators: the coordinators, and anyone found by name or phone; on a person's card
/// «Сделать координатором» or «Снять роль», each asked again before it is done. Administrators come from <c>Club:Admins</c> and cannot be changed here.
/// Every change is journalled and the person is told.
/// </summary>
public sealed class StaffMembersFlow(BotTexts texts, StaffDirectory staff, AuditLog audit, MenuChangeNotice notice) : MachineFlow<StaffMembersState, StaffMembersTrigger, StaffMembersDraft>(StaffMembersTrigger.Back)
{
    private const int MaxFound = 8;

    public override string Name => "sm";

    protected override StaffMembersState Initial => StaffMembersState.Search;

    public override bool IsFor(Audience audience) => audience.IsAdmin;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(StaffMembersState.Search).PermitReentry(StaffMembersTrigger.Change).Permit(StaffMembersTrigger.Open, StaffMembersState.Card)
            .Permit(StaffMembersTrigger.Back, StaffMembersState.Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(StaffMembersState.Card).Permit(StaffMembersTrigger.Ask, StaffMembersState.Confirm).Permit(StaffMembersTrigger.Back, StaffMembersState.Search)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(StaffMembersState.Confirm).Permit(StaffMembersTrigger.Change, StaffMembersState.Card).Permit(StaffMembersTrigger.Back, StaffMembersState.Card)
            .OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(StaffMembersState.Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override string? HintFor(Turn turn) => turn.State == StaffMembersState.Search ? "StaffSearchInvalid" : null;

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var data = turn.Pressed(input);
        long.TryParse(data?.Argument, out var id);
        switch (turn.State, data?.Action)
        {
            case (StaffMembersState.Search, "open") when await PersonAsync(turn, id) is not null:
                return await turn.FireAsync(StaffMembersTrigger.Open, () => turn.Draft.PersonId = id);
            case (StaffMembersState.Search, null) when input is { Kind: InputKind.Text, Text: { Length: >= 2 } text }:
                await ShowFoundAsync(turn, text);
                return true;
            case (StaffMembersState.Card, "grant" or "revoke"):
                return await turn.FireAsync(StaffMembersTrigger.Ask, () => turn.Draft.Grant = data!.Action == "grant");
            case (StaffMembersState.Confirm, "yes"):
                await ChangeRoleAsync(turn, turn.Draft.Grant);
                return await turn.FireAsync(StaffMembersTrigger.Change);
            case (StaffMembersState.Card or StaffMembersState.Confirm, "back"):
                return await turn.FireAsync(StaffMembersTrigger.Back);
            default:
                return false;
        }
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        if (turn.State == StaffMembersState.Confirm && await PersonAsync(turn, turn.Draft.PersonId) is { } asked)
        {
            var grant = turn.Draft.Grant;
            turn.Context.Screen.Ask(texts.Format(grant ? "ConfirmGrantRole" : "ConfirmRevokeRole", asked.Name), Turn.Column(
                turn.Button(texts[grant ? "ButtonYesGrantRole" : "ButtonYesRevokeRole"], StaffMembersTrigger.Change, "yes"),
                turn.Button(texts["ButtonKeepRole"], StaffMembersTrigger.Back, "back")));
            return;
        }

        if (turn.State == StaffMembersState.Card && await PersonAsync(turn, turn.Draft.PersonId) is { } person)
        {
            var admin = staff.IsAdmin(person.TelegramUserId);
            var role = admin ? texts["RoleAdmin"] : person.Role == StaffRole.Coordinator ? texts["RoleCoordinator"] : texts["RoleNone"];
            turn.Context.Screen.Ask(texts.Format("StaffCard", person.Name, PhoneText.Show(person.Phone) ?? texts["NoPhone"], person.Settlement ?? texts["NotGiven"], role), Turn.Column(
                admin ? null : person.Role == StaffRole.Coordinator
                    ? turn.Button(texts["ButtonRevokeRole"], StaffMembersTrigger.Ask, "revoke")
                    : turn.Button(texts["ButtonMakeCoordinator"], StaffMembersTrigger.Ask, "grant"),
                turn.Button(texts["ButtonBackToSearch"], StaffMembersTrigger.Back, "back")));
            return;
        }

        var coordinators = await Registered(turn).Where(p => p.Role == StaffRole.Coordinator).OrderBy(p => p.Name).Take(MaxFound).ToListAsync();
        var text = coordinators.Count == 0 ? texts["StaffNoCoordinators"] : texts["StaffCoordinators"];
        turn.Context.Screen.Ask(text + "\n\n" + texts["AskStaffSearch"], PeopleButtons(turn, coordinators));
    }

    private async Task ShowFoundAsync(Turn turn, string query)
    {
        var digits = new string(query.Where(char.IsDigit).ToArray());
        var words = query.Trim();
        // Names are compared in memory: SQLite's LIKE ignores case only for Latin letters.
        var found = (await Registered(turn).ToListAsync())
            .Where(p => (p.Name?.Contains(words, StringComparison.CurrentCultureIgnoreCase) ?? false)
                || (digits.Length >= 4 && p.Phone is { } phone && phone.Contains(digits[^Math.Min(digits.Length, 10)..], StringComparison.Ordinal)))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).Take(MaxFound).ToList();
        turn.Context.Screen.Ask(found.Count == 0 ? texts.Format("StaffNobodyFound", words) : texts.Format("StaffFound", found.Count), PeopleButtons(turn, found));
    }

    private async Task ChangeRoleAsync(Turn turn, bool grant)
    {
        if (await PersonAsync(turn, turn.Draft.PersonId) is not { } person || staff.IsAdmin(person.TelegramUserId))
            return;
        var wanted = grant ? StaffRole.Coordinator : StaffRole.None;
        if (person.Role == wanted)
            return;
        audit.Record(turn.Update, grant ? AuditActions.RoleGrant : AuditActions.RoleRevoke, person.Name ?? texts.Format("AuditPersonNumber", person.Id),
            RoleName(person.Role), RoleName(wanted));
        person.Role = wanted;
        await notice.SendAsync(turn.Context, person, texts[grant ? "YouAreCoordinator" : "YouAreNoLongerCoordinator"]);
        turn.Context.Screen.Say(texts.Format(grant ? "RoleGranted" : "RoleRevoked", person.Name));
    }

    private string RoleName(StaffRole role) => texts[role == StaffRole.Coordinator ? "RoleCoordinator" : "RoleNone"];

    private static InlineKeyboardMarkup PeopleButtons(Turn turn, IEnumerable<Person> people) =>
        Turn.Column(people.Select(p => turn.Button($"{p.Name} · {p.Settlement ?? PhoneText.Show(p.Phone)}", StaffMembersTrigger.Open, "open", p.Id.ToString())).ToArray());

    private static IQueryable<Person> Registered(Turn turn) =>
        turn.Update.Db.Set<Person>().Where(p => p.RegisteredAt != null && p.ErasedAt == null);

    private static Task<Person?> PersonAsync(Turn turn, long id) => Registered(turn).SingleOrDefaultAsync(p => p.Id == id);
}
