using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Activities.CardTaskState, ClubBot.Features.Activities.CardTaskTrigger, ClubBot.Features.Activities.StaffDraft>;

namespace ClubBot.Features.Activities;

/// <summary>
/// A job opened from an activity's card in «🗂 Занятия» (attendance, removal, a sign-up by phone); when it is
/// done, or on «Назад» from its first step, the coordinator is back at the card.
/// </summary>
public abstract class CardTaskFlow(BotTexts texts) : MachineFlow<CardTaskState, CardTaskTrigger, StaffDraft>(CardTaskTrigger.Back)
{
    public override bool IsFor(Audience audience) => audience.IsStaff;

    public override Task StartAsync(FlowContext context) => context.Navigation.LeaveAsync();

    /// <summary>Opens the job for the activity on the card.</summary>
    public Task OpenAsync(FlowContext context, long activityId) => BeginAsync(context, new StaffDraft { ActivityId = activityId });

    protected BotTexts Texts => texts;

    /// <summary>The state whose entry returns to the card.</summary>
    protected void ConfigureCard(Turn turn) =>
        turn.Machine.Configure(CardTaskState.Card).OnEntryAsync(_ => turn.Context.Navigation.GoToAsync(StaffActivitiesFlow.CardOf(turn.Draft.ActivityId)), "back to the activity's card");

    protected static Task<Activity> ActivityAsync(Turn turn) =>
        turn.Update.Db.Set<Activity>().SingleAsync(a => a.Id == turn.Draft.ActivityId);

    /// <summary>A live sign-up of the activity on the card, whatever a button says.</summary>
    protected static Task<SignUp?> LiveSignUpAsync(Turn turn, long id) =>
        turn.Update.Db.Set<SignUp>().Include(s => s.Person)
            .SingleOrDefaultAsync(s => s.Id == id && s.ActivityId == turn.Draft.ActivityId && s.State != SignUpState.Cancelled);

    protected string PersonLabel(SignUp s)
    {
        var name = s.Person?.Name ?? s.Person?.TelegramName ?? texts["NameErased"];
        return s.State == SignUpState.Waiting ? $"{name} ({texts["StatusWaitingShort"]})" : name;
    }
}
