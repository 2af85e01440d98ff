using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Texts;
using static ClubBot.Features.Volunteers.BecomeVolunteerState;
using static ClubBot.Features.Volunteers.BecomeVolunteerTrigger;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Features.Volunteers.BecomeVolunteerState, ClubBot.Features.Volunteers.BecomeVolunteerTrigger, ClubBot.Features.Volunteers.BecomeVolunteerFlow.Nothing>;

namespace ClubBot.Features.Volunteers;

/// <summary>«🤝 Стать волонтёром» (V1): what volunteers do, a confirmation, then the application goes to coordinators with «Принять» / «Отклонить», or waits for them.</summary>
public sealed class BecomeVolunteerFlow(BotTexts texts, StaffDirectory staffDirectory, VolunteerApplications applications) : MachineFlow<BecomeVolunteerState, BecomeVolunteerTrigger, BecomeVolunteerFlow.Nothing>(Back)
{
    public override string Name => "vb";

    protected override BecomeVolunteerState Initial => Explained;

    public override bool IsFor(Audience audience) => audience.IsRegistered;

    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        m.Configure(Explained).Permit(Confirm, Applied).Permit(Back, Closed).OnEntryAsync(_ => ShowStepAsync(turn), "show the step");
        m.Configure(Applied).OnEntryAsync(_ => ApplyAsync(turn.Context), "apply");
        m.Configure(Closed).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(), "back to the menu");
    }

    protected override Task ShowStepAsync(Turn turn)
    {
        turn.Context.Screen.Ask(texts["VolunteerExplained"], Turn.Column(
            turn.Button(texts["ButtonYesVolunteer"], Confirm, "yes"),
            turn.Button(texts["ButtonNotNow"], Back, "no")));
        return Task.CompletedTask;
    }

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        var trigger = turn.Pressed(input)?.Action switch
        {
            "yes" => Confirm,
            "no" => Back,
            _ when input.Kind == InputKind.Text && turn.Context.Keyboards.Is(input.Text, "ButtonYesVolunteer") => Confirm,
            _ when input.Kind == InputKind.Text && turn.Context.Keyboards.Is(input.Text, "ButtonNotNow") => Back,
            _ => (BecomeVolunteerTrigger?)null,
        };
        return trigger is { } t && await turn.FireAsync(t);
    }

    private async Task ApplyAsync(FlowContext context)
    {
        var person = context.Person!;
        // Pressed on an old screen after applying from another: one application is enough.
        if (person.Volunteer is VolunteerStatus.Applied or VolunteerStatus.Approved)
        {
            await context.Navigation.LeaveAsync(texts[person.Volunteer == VolunteerStatus.Applied ? "VolunteerAlreadyApplied" : "VolunteerAlreadyApproved"]);
            return;
        }

        person.Volunteer = VolunteerStatus.Applied;
        var staff = await staffDirectory.ChatsAsync(context.Update.Db);
        foreach (var chat in staff)
            context.Update.Outbox.SendText(chat, applications.Card(person), applications.Buttons(person), OutboxPriority.Bulk);
        // With no coordinator in the bot yet the application waits in «🙋 Заявки волонтёров»; the person is told so.
        await context.Navigation.LeaveAsync(texts[staff.Count == 0 ? "VolunteerAppliedWaits" : "VolunteerApplied"]);
    }

    public sealed class Nothing;
}

public enum BecomeVolunteerState
{
    Explained,
    Applied,
    Closed,
}

public enum BecomeVolunteerTrigger
{
    Confirm,
    Back,
}
