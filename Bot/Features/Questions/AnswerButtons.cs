using ClubBot.Conversations;
using ClubBot.Texts;

namespace ClubBot.Features.Questions;

/// <summary>«✍️ Ответить» under a question: staff only.</summary>
public sealed class AnswerButtons(AnswerFlow flow, BotTexts texts) : IMessageButtons
{
    public const string Name = "qb";

    public string Prefix => Name;

    public Task HandleAsync(FlowContext context, CallbackData data)
    {
        if (!context.Audience.IsStaff || data.Action != "answer" || !long.TryParse(data.Argument, out var id))
        {
            context.Update.CallbackAnswer = texts["StaffOnly"];
            return Task.CompletedTask;
        }

        context.Screen.RemovePressedButtons();
        return flow.OpenAsync(context, id);
    }
}
