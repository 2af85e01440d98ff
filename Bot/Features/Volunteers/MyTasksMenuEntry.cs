using ClubBot.Conversations;
using ClubBot.Texts;

namespace ClubBot.Features.Volunteers;

/// <summary>«🧰 Мои задания» (V3): what the volunteer has taken, each with «Выполнено» and «Отказаться».</summary>
internal sealed class MyTasksMenuEntry(BotTexts texts, Help.RequestCards cards) : IMenuEntry
{
    public string LabelKey => "MenuMyTasks";

    public int Order => 31;

    public bool IsFor(Audience audience) => audience.IsVolunteer;

    public async Task OpenAsync(FlowContext context)
    {
        var tasks = await TaskBoard.TakenByAsync(context.Update.Db, context.Person!);
        if (tasks.Count == 0)
        {
            await context.Navigation.LeaveAsync(texts["NoTakenTasks"]);
            return;
        }

        foreach (var task in tasks.Take(5))
            context.Screen.Say(cards.Card(task, Help.CardReader.Volunteer), TaskButtons.TakenButtons(texts, task.Id));
    }
}
