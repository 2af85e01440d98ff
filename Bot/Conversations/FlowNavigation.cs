namespace ClubBot.Conversations;

/// <summary>Moving between flows and the main menu: into a flow at its start, to a named step of one, or out.</summary>
public sealed class FlowNavigation(FlowContext context, IReadOnlyCollection<IFlow> flows)
{
    /// <summary>Enters <paramref name="flow"/> at its first step, or where the person left it for another entry.</summary>
    public Task EnterAsync(IFlow flow)
    {
        if (!flow.IsFor(context.Audience))
            return LeaveAsync(context.Texts["StaffOnly"]);
        var stored = context.Session.Paused;
        if (PausedFlow.Take(ref stored, flow.Name) is { } paused)
        {
            context.Session.Paused = stored;
            Set(flow.Name, paused.State, paused.Draft);
            context.Screen.Preface(context.Texts["FlowResumed"]);
            return flow.ShowAsync(context);
        }

        Set(flow.Name, null, null);
        return flow.StartAsync(context);
    }

    /// <summary>Opens another menu entry from the middle of a flow, keeping the flow's step and answers to come back to.</summary>
    public Task SwitchToAsync(IMenuEntry entry)
    {
        if (context.Session.Flow is { } flow)
            context.Session.Paused = PausedFlow.Keep(context.Session.Paused, new PausedFlow(flow, context.Session.State, context.Session.Draft));
        Set(null, null, null);
        return entry.OpenAsync(context);
    }

    /// <summary>Goes to <paramref name="step"/> and shows it.</summary>
    public Task GoToAsync(FlowStep step)
    {
        var flow = flows.FirstOrDefault(f => f.Name == step.Flow)
            ?? throw new InvalidOperationException($"No flow named '{step.Flow}' is registered.");
        if (!flow.IsFor(context.Audience))
            return LeaveAsync(context.Texts["StaffOnly"]);
        Set(flow.Name, step.State, null);
        context.Session.WriteDraft(step.Draft);
        return flow.ShowAsync(context);
    }

    /// <summary>Leaves the flow for the main menu, saying <paramref name="text"/> with the menu keyboard.</summary>
    public Task LeaveAsync(string? text = null)
    {
        Set(null, null, null);
        return context.Menu.ShowAsync(context, text);
    }

    private void Set(string? flow, string? state, string? draft)
    {
        context.Session.Flow = flow;
        context.Session.State = state;
        context.Session.Draft = draft;
    }
}
