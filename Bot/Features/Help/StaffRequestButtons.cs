using ClubBot.Conversations;
using ClubBot.Texts;

namespace ClubBot.Features.Help;

/// <summary>«Открыть» under a new-request message: staff only.</summary>
public sealed class StaffRequestButtons(StaffRequestsFlow flow, BotTexts texts) : IMessageButtons
{
    public const string Prefix = "sr";

    string IMessageButtons.Prefix => Prefix;

    public Task HandleAsync(FlowContext context, CallbackData data)
    {
        if (!context.Audience.IsStaff || data.Action != "open" || !long.TryParse(data.Argument, out var id))
        {
            context.Update.CallbackAnswer = texts["StaffOnly"];
            return Task.CompletedTask;
        }

        return flow.OpenAsync(context, id);
    }
}
