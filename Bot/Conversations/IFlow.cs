using Stateless.Reflection;

namespace ClubBot.Conversations;

/// <summary>
/// A conversation of several steps (onboarding, a sign-up, a request). The router gives it every input while
/// the session is in it; the flow answers wrong input itself, kindly, with the step's buttons again.
/// </summary>
public interface IFlow
{
    /// <summary>Short and stable: it is stored in sessions and in button data.</summary>
    string Name { get; }

    /// <summary>
    /// Who may be in this flow. Checked on every update, whatever the input (a step shown again, «Назад», a button
    /// under an old message), so a person whose role was taken away is never shown a staff screen again.
    /// </summary>
    bool IsFor(Audience audience) => true;

    Task StartAsync(FlowContext context);

    Task HandleAsync(FlowContext context, Input input);

    /// <summary>«⬅️ Назад»: the previous step with its answer kept, or out of the flow from the first step.</summary>
    Task BackAsync(FlowContext context);

    /// <summary>Shows the current step again (after /help, after an expired button).</summary>
    Task ShowAsync(FlowContext context);

    /// <summary>The flow's machine without its behaviour, for graphs and tests.</summary>
    StateMachineInfo Describe();
}
