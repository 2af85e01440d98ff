namespace ClubBot.Conversations;

/// <summary>
/// A conversation of several steps (onboarding, a sign-up, a request). The router gives it every input while
/// the session is in it; the flow answers wrong input itself, kindly, with the step's buttons again.
/// </summary>
public interface IFlow
{
    /// <summary>Short and stable: it is stored in sessions and in button data.</summary>
    string Name { get; }

    Task StartAsync(FlowContext context);

    Task HandleAsync(FlowContext context, Input input);

    /// <summary>«⬅️ Назад»: the previous step with its answer kept, or out of the flow from the first step.</summary>
    Task BackAsync(FlowContext context);

    /// <summary>Shows the current step again (after /help, after an expired button).</summary>
    Task ShowAsync(FlowContext context);
}
