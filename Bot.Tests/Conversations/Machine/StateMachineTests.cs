using ClubBot.Conversations.Machine;

namespace ClubBot.Tests.Conversations.Machine;

public sealed class StateMachineTests
{
    private enum S { Idle, Asking, Done }

    private enum T { Start, Answer, Back, Noise, Restart }

    [Fact]
    public async Task Permit_MovesToDestination()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Asking);

        var result = await m.FireAsync(T.Start);

        Assert.Equal(FireOutcome.Moved, result.Outcome);
        Assert.Equal(S.Asking, m.State);
    }

    [Fact]
    public async Task UnconfiguredTrigger_IsNotPermitted_AndStateStays()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Asking);

        var result = await m.FireAsync(T.Answer);

        Assert.Equal(FireOutcome.NotPermitted, result.Outcome);
        Assert.Equal(S.Idle, m.State);
    }

    [Fact]
    public async Task PermitIf_FollowsTheGuardThatHolds()
    {
        var editing = true;
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking)
            .PermitIf(T.Answer, S.Done, () => editing, "editing")
            .PermitIf(T.Answer, S.Idle, () => !editing, "first time");

        await m.FireAsync(T.Answer);

        Assert.Equal(S.Done, m.State);
    }

    [Fact]
    public async Task PermitIf_WhenNoGuardHolds_ReportsGuardFailedWithItsDescription()
    {
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking).PermitIf(T.Answer, S.Done, () => false, "answer is valid");

        var result = await m.FireAsync(T.Answer);

        Assert.Equal(FireOutcome.GuardFailed, result.Outcome);
        Assert.Equal("answer is valid", result.GuardDescription);
        Assert.Equal(S.Asking, m.State);
    }

    [Fact]
    public async Task PermitIf_WhenTwoGuardsHold_ThrowsBecauseTheDefinitionIsAmbiguous()
    {
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking).PermitIf(T.Answer, S.Done, () => true, "a").PermitIf(T.Answer, S.Idle, () => true, "b");

        await Assert.ThrowsAsync<InvalidOperationException>(() => m.FireAsync(T.Answer));
    }

    [Fact]
    public void SecondUnguardedRuleForOneTrigger_IsRefusedAtConfiguration()
    {
        var m = new StateMachine<S, T>(S.Idle);
        var idle = m.Configure(S.Idle).Permit(T.Start, S.Asking);

        Assert.Throws<InvalidOperationException>(() => idle.Permit(T.Start, S.Done));
    }

    [Fact]
    public void Permit_ToTheSameState_IsRefusedInFavourOfPermitReentry()
    {
        var m = new StateMachine<S, T>(S.Idle);

        Assert.Throws<ArgumentException>(() => m.Configure(S.Idle).Permit(T.Start, S.Idle));
    }

    [Fact]
    public async Task PermitReentry_RunsExitThenEntryOfTheSameState()
    {
        var log = new List<string>();
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking)
            .PermitReentry(T.Restart)
            .OnExit(t => Log(log, $"exit {t.Source}"))
            .OnEntry(t => Log(log, $"enter {t.Destination} reentry={t.IsReentry}"));

        var result = await m.FireAsync(T.Restart);

        Assert.True(result.Moved);
        Assert.Equal(["exit Asking", "enter Asking reentry=True"], log);
    }

    [Fact]
    public async Task Ignore_AcceptsTheTriggerAndRunsNothing()
    {
        var log = new List<string>();
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking).Ignore(T.Noise).OnExit(_ => Log(log, "exit"));

        var result = await m.FireAsync(T.Noise);

        Assert.Equal(FireOutcome.Ignored, result.Outcome);
        Assert.Equal(S.Asking, m.State);
        Assert.Empty(log);
        Assert.False(m.CanFire(T.Noise));
    }

    [Fact]
    public async Task OnExitAndOnEntry_RunInOrder_WithTheTransition()
    {
        var log = new List<string>();
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Asking).OnExit(t => Log(log, $"exit {t.Source} on {t.Trigger}"));
        m.Configure(S.Asking).OnEntry(t => Log(log, $"enter {t.Destination} from {t.Source}"));

        await m.FireAsync(T.Start);

        Assert.Equal(["exit Idle on Start", "enter Asking from Idle"], log);
    }

    [Fact]
    public async Task TriggerWithParameter_HandsItsValueToOnEntryFrom()
    {
        string? received = null;
        var answer = StateMachine<S, T>.SetTriggerParameter<string>(T.Answer);
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking).Permit(T.Answer, S.Done);
        m.Configure(S.Done).OnEntryFrom(answer, (value, _) =>
        {
            received = value;
            return Task.CompletedTask;
        });

        await m.FireAsync(answer, "Иван");

        Assert.Equal("Иван", received);
    }

    [Fact]
    public async Task OnEntryFrom_DoesNotRunForOtherTriggers()
    {
        var runs = 0;
        var answer = StateMachine<S, T>.SetTriggerParameter<string>(T.Answer);
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Done);
        m.Configure(S.Done).OnEntryFrom(answer, (_, _) =>
        {
            runs++;
            return Task.CompletedTask;
        });

        await m.FireAsync(T.Start);

        Assert.Equal(0, runs);
    }

    [Fact]
    public void CanFire_EvaluatesGuards()
    {
        var open = false;
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking).PermitIf(T.Answer, S.Done, () => open, "open").Permit(T.Back, S.Idle);

        Assert.False(m.CanFire(T.Answer));
        Assert.True(m.CanFire(T.Back));
        open = true;
        Assert.True(m.CanFire(T.Answer));
    }

    [Fact]
    public void PermittedTriggers_ListsWhatWouldMove_InConfiguredOrder()
    {
        var m = new StateMachine<S, T>(S.Asking);
        m.Configure(S.Asking)
            .Permit(T.Back, S.Idle)
            .PermitIf(T.Answer, S.Done, () => false, "never")
            .PermitReentry(T.Restart)
            .Ignore(T.Noise);

        Assert.Equal([T.Back, T.Restart], m.PermittedTriggers);
    }

    [Fact]
    public async Task ExternalState_IsReadAndWrittenThroughAccessorAndMutator()
    {
        var stored = "Idle";
        var m = new StateMachine<S, T>(() => Enum.Parse<S>(stored), s => stored = s.ToString());
        m.Configure(S.Idle).Permit(T.Start, S.Asking);

        await m.FireAsync(T.Start);

        Assert.Equal("Asking", stored);
    }

    [Fact]
    public void GetInfo_DescribesStatesTransitionsGuardsAndIgnoredTriggers()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Asking);
        m.Configure(S.Asking).PermitIf(T.Answer, S.Done, () => true, "valid").Ignore(T.Noise);

        var info = m.GetInfo();

        Assert.Equal("Idle", info.Current);
        Assert.Equal(["Idle", "Asking", "Done"], info.States.Select(s => s.Name));
        var asking = info.States.Single(s => s.Name == "Asking");
        Assert.Equal("valid", Assert.Single(asking.Transitions).GuardDescription);
        Assert.Equal(["Noise"], asking.IgnoredTriggers);
    }

    private static Task Log(List<string> log, string line)
    {
        log.Add(line);
        return Task.CompletedTask;
    }
}
