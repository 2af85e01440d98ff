namespace ClubBot.Conversations;

/// <summary>
/// Buttons under messages the bot sends on its own (a new task, a question for staff, an application): they
/// work wherever the person is in a conversation. The handler owns callback data starting with its prefix.
/// </summary>
public interface IMessageButtons
{
    /// <summary>The first part of the callback data, e.g. "vt" in "vt:task:take:17".</summary>
    string Prefix { get; }

    Task HandleAsync(FlowContext context, CallbackData data);
}
