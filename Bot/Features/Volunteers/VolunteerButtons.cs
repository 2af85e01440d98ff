using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Volunteers;

/// <summary>«Принять» / «Отклонить» under an application: staff only; the first decision counts.</summary>
public sealed class VolunteerButtons(BotTexts texts, MenuChangeNotice notice) : IMessageButtons
{
    public const string Name = "va";

    public string Prefix => Name;

    public async Task HandleAsync(FlowContext context, CallbackData data)
    {
        context.Screen.RemovePressedButtons();
        if (!context.Audience.IsStaff || !long.TryParse(data.Argument, out var id) || data.Action is not ("approve" or "reject"))
        {
            context.Update.CallbackAnswer = texts["StaffOnly"];
            return;
        }

        var person = await context.Update.Db.Set<Person>().SingleOrDefaultAsync(p => p.Id == id);
        if (person is not { Volunteer: VolunteerStatus.Applied })
        {
            context.Screen.Say(texts["VolunteerAlreadyDecided"]);
            return;
        }

        var approve = data.Action == "approve";
        person.Volunteer = approve ? VolunteerStatus.Approved : VolunteerStatus.Rejected;
        person.VolunteerSince = approve ? context.Update.Now : null;
        if (approve)
            await notice.SendAsync(context, person, texts["VolunteerApproved"]);
        else if (person.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts["VolunteerRejected"]);
        context.Screen.Say(texts.Format(approve ? "VolunteerApprovedForStaff" : "VolunteerRejectedForStaff", person.Name));
    }
}
