using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Volunteers;

/// <summary>«🤝 Стать волонтёром» (V1): the application goes to coordinators with «Принять» / «Отклонить».</summary>
internal sealed class BecomeVolunteerMenuEntry(BotTexts texts, IOptions<ClubOptions> club) : IMenuEntry
{
    public string LabelKey => "MenuBecomeVolunteer";

    public int Order => 60;

    public bool IsFor(Audience audience) => audience.IsRegistered;

    public async Task OpenAsync(FlowContext context)
    {
        var person = context.Person!;
        if (person.Volunteer is VolunteerStatus.Applied or VolunteerStatus.Approved)
        {
            await context.LeaveAsync(texts[person.Volunteer == VolunteerStatus.Applied ? "VolunteerAlreadyApplied" : "VolunteerAlreadyApproved"]);
            return;
        }

        person.Volunteer = VolunteerStatus.Applied;
        var staff = await context.Update.Db.Set<Person>().Where(p => p.TelegramUserId != null && club.Value.Admins.Contains(p.TelegramUserId.Value) && p.ChatId != null)
            .Select(p => p.ChatId!.Value).ToListAsync();
        var buttons = new InlineKeyboardMarkup(
        [
            [new InlineKeyboardButton(texts["ButtonApproveVolunteer"], CallbackData.Make(VolunteerButtons.Name, "app", "approve", person.Id.ToString()))],
            [new InlineKeyboardButton(texts["ButtonRejectVolunteer"], CallbackData.Make(VolunteerButtons.Name, "app", "reject", person.Id.ToString()))],
        ]);
        foreach (var chat in staff)
            context.Update.Outbox.SendText(chat, texts.Format("VolunteerApplication", person.Name, person.Phone, person.Settlement), buttons, OutboxPriority.Bulk);
        await context.LeaveAsync(texts["VolunteerApplied"]);
    }
}

/// <summary>«Принять» / «Отклонить» under an application: staff only; the first decision counts.</summary>
public sealed class VolunteerButtons(BotTexts texts) : IMessageButtons
{
    public const string Name = "va";

    public string Prefix => Name;

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        context.RemovePressedButtons();
        if (!context.Audience.IsStaff || !long.TryParse(data.Argument, out var id) || data.Action is not ("approve" or "reject"))
        {
            context.Update.CallbackAnswer = texts["StaffOnly"];
            return;
        }

        var person = await context.Update.Db.Set<Person>().SingleOrDefaultAsync(p => p.Id == id);
        if (person is not { Volunteer: VolunteerStatus.Applied })
        {
            context.Say(texts["VolunteerAlreadyDecided"]);
            return;
        }

        var approve = data.Action == "approve";
        person.Volunteer = approve ? VolunteerStatus.Approved : VolunteerStatus.Rejected;
        person.VolunteerSince = approve ? context.Update.Now : null;
        if (person.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts[approve ? "VolunteerApproved" : "VolunteerRejected"]);
        context.Say(texts.Format(approve ? "VolunteerApprovedForStaff" : "VolunteerRejectedForStaff", person.Name));
    }
}

/// <summary>«📋 Задания» (V2): open tasks, the volunteer's settlement first.</summary>
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
            await context.LeaveAsync(texts["NoTasks"]);
            return;
        }

        // The first eight are enough for a phone screen; the list is read again each time it is opened.
        context.Say(texts["TasksTitle"], new InlineKeyboardMarkup(tasks.Take(Keyboards.MaxButtons)
            .Select(t => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(cards.Line(t), CallbackData.Make(TaskButtons.Name, "task", "open", t.Id.ToString()))])
            .ToList()));
    }
}

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
            await context.LeaveAsync(texts["NoTakenTasks"]);
            return;
        }

        foreach (var task in tasks.Take(5))
            context.Say(cards.Card(task, @private: true), TaskButtons.TakenButtons(texts, task.Id));
    }
}
