using ClubBot.Conversations;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Volunteers;

/// <summary>«📌 Задания» (V2): open tasks, the volunteer's settlement first.</summary>
internal sealed class TasksMenuEntry(BotTexts texts, Help.RequestCards cards) : IMenuEntry
{
    public string LabelKey => "MenuTasks";

    public int Order => 30;

    public bool IsFor(Audience audience) => audience.IsVolunteer;

    public async Task OpenAsync(FlowContext context)
    {
        var tasks = await TaskBoard.OpenTasksAsync(context.Update.Db, context.Person!);
        if (tasks.Count == 0)
        {
            await context.Navigation.LeaveAsync(texts["NoTasks"]);
            return;
        }

        // The first eight are enough for a phone screen; the list is read again each time it is opened.
        context.Screen.Say(texts["TasksTitle"], new InlineKeyboardMarkup(tasks.Take(Keyboards.MaxButtons)
            .Select(t => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(cards.Line(t), CallbackData.Make(TaskButtons.Name, "task", "open", t.Id.ToString()))])
            .ToList()));
    }
}
