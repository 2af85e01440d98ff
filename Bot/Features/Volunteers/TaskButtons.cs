using ClubBot.Conversations;
using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Volunteers;

/// <summary>«✋ Взять», «Отказаться», «✅ Выполнено» and a task's card, under the messages volunteers get.</summary>
public sealed class TaskButtons(BotTexts texts, RequestCards cards, TaskBoard board, HoursFlow hours) : IMessageButtons
{
    public const string Name = "vt";

    public string Prefix => Name;

    public static InlineKeyboardMarkup TakeButton(BotTexts texts, long requestId) =>
        new([[new InlineKeyboardButton(texts["ButtonTakeTask"], CallbackData.Make(Name, "task", "take", requestId.ToString()))]]);

    public static InlineKeyboardMarkup TakenButtons(BotTexts texts, long requestId) => new(
    [
        [new InlineKeyboardButton(texts["ButtonTaskDone"], CallbackData.Make(Name, "task", "done", requestId.ToString()))],
        [new InlineKeyboardButton(texts["ButtonReleaseTask"], CallbackData.Make(Name, "task", "release", requestId.ToString()))],
    ]);

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        var update = context.Update;
        if (context.Person is not { Volunteer: VolunteerStatus.Approved } volunteer || !long.TryParse(data.Argument, out var id))
        {
            Refuse(context, "TasksForVolunteersOnly");
            return;
        }

        switch (data.Action)
        {
            case "open" when (await TaskBoard.OpenTasksAsync(update.Db, volunteer)).FirstOrDefault(r => r.Id == id) is { } task:
                context.Screen.Say(cards.Card(task, CardReader.Nearby), TakeButton(texts, task.Id));
                break;
            case "open":
                Refuse(context, "TaskAlreadyTaken");
                break;
            case "take":
                var outcome = await board.TakeAsync(update, id, volunteer);
                if (outcome != TakeOutcome.Taken)
                {
                    Refuse(context, outcome == TakeOutcome.SomeoneElseWasFaster ? "TaskAlreadyTaken" : "TaskNotForYou");
                    return;
                }

                context.Screen.RemovePressedButtons();
                var taken = (await TaskBoard.OwnTakenAsync(update, id, volunteer))!;
                context.Screen.Say(texts["TaskIsYours"] + "\n\n" + cards.Card(taken, CardReader.Volunteer), TakenButtons(texts, id));
                break;
            case "release" when await TaskBoard.OwnTakenAsync(update, id, volunteer) is not null:
                // The participant is told at once that nobody is coming; a slip of the finger must not do that.
                context.Screen.RemovePressedButtons();
                context.Screen.Say(texts.Format("ConfirmReleaseTask", id), new InlineKeyboardMarkup(
                [
                    [new InlineKeyboardButton(texts["ButtonYesReleaseTask"], CallbackData.Make(Name, "task", "released", id.ToString()))],
                    [new InlineKeyboardButton(texts["ButtonKeepTask"], CallbackData.Make(Name, "task", "keep", id.ToString()))],
                ]));
                break;
            case "released" when await TaskBoard.OwnTakenAsync(update, id, volunteer) is { } mine:
                context.Screen.RemovePressedButtons();
                await board.ReleaseAsync(update, mine);
                context.Screen.Say(texts.Format("TaskReleased", id));
                break;
            case "keep" when await TaskBoard.OwnTakenAsync(update, id, volunteer) is { } kept:
                context.Screen.RemovePressedButtons();
                context.Screen.Say(texts["TaskKept"] + "\n\n" + cards.Card(kept, CardReader.Volunteer), TakenButtons(texts, id));
                break;
            case "done" when await TaskBoard.OwnTakenAsync(update, id, volunteer) is not null:
                context.Screen.RemovePressedButtons();
                await hours.StartForAsync(context, id);
                break;
            default:
                Refuse(context, "TaskNotYours");
                break;
        }
    }

    private void Refuse(FlowContext context, string key)
    {
        context.Update.CallbackAnswer = texts[key];
        context.Screen.RemovePressedButtons();
        context.Screen.Say(texts[key]);
    }
}
