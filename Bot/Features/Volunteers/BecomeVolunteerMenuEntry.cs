using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;

namespace ClubBot.Features.Volunteers;

/// <summary>«🤝 Стать волонтёром» (V1): the application goes to coordinators with «Принять» / «Отклонить».</summary>
internal sealed class BecomeVolunteerMenuEntry(BotTexts texts, StaffDirectory staffDirectory) : IMenuEntry
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
        var staff = await staffDirectory.ChatsAsync(context.Update.Db);
        var buttons = new InlineKeyboardMarkup(
        [
            [new InlineKeyboardButton(texts["ButtonApproveVolunteer"], CallbackData.Make(VolunteerButtons.Name, "app", "approve", person.Id.ToString()))],
            [new InlineKeyboardButton(texts["ButtonRejectVolunteer"], CallbackData.Make(VolunteerButtons.Name, "app", "reject", person.Id.ToString()))],
        ]);
        foreach (var chat in staff)
            context.Update.Outbox.SendText(chat, texts.Format("VolunteerApplication", person.Name, PhoneText.Show(person.Phone), person.Settlement), buttons, OutboxPriority.Bulk);
        await context.LeaveAsync(texts["VolunteerApplied"]);
    }
}
