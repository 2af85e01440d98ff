using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Volunteers;

/// <summary>
/// «🙋 Заявки волонтёров» for staff: applications nobody has decided on, oldest first, each with «Принять» /
/// «Отклонить», so one sent while no coordinator was in the bot, or one that scrolled away, is not lost.
/// </summary>
internal sealed class VolunteerApplicationsMenuEntry(BotTexts texts, VolunteerApplications applications) : IMenuEntry
{
    private const int Shown = 10;

    public string LabelKey => "MenuVolunteerApplications";

    public int Order => 54;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public async Task OpenAsync(FlowContext context)
    {
        var pending = VolunteerApplications.Pending(context.Update.Db);
        var count = await pending.CountAsync();
        if (count == 0)
        {
            await context.Navigation.LeaveAsync(texts["VolunteerApplicationsNone"]);
            return;
        }

        var oldest = await pending.OrderBy(p => p.Id).Take(Shown).ToListAsync();
        context.Screen.Say(texts.Format("VolunteerApplicationsWaiting", count, oldest.Count));
        foreach (var person in oldest)
            context.Update.Outbox.SendText(context.Update.ChatId, applications.Card(person), applications.Buttons(person), OutboxPriority.Reply);
        await context.Navigation.LeaveAsync(texts["VolunteerApplicationsHowTo"]);
    }
}
