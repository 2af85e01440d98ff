using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Volunteers;

/// <summary>
/// Applications to volunteer that no coordinator has decided on: the card and its «Принять» / «Отклонить», the same
/// whether it reaches staff at once or waits for the first coordinator to open «🙋 Заявки волонтёров».
/// </summary>
public sealed class VolunteerApplications(BotTexts texts) : IStaffBacklog
{
    public static IQueryable<Person> Pending(DbContext db) =>
        db.Set<Person>().Where(p => p.Volunteer == VolunteerStatus.Applied && p.ErasedAt == null);

    public string Card(Person person) => texts.Format("VolunteerApplication", person.Name, PhoneText.Show(person.Phone) ?? texts["NoPhone"], person.Settlement ?? texts["NotGiven"]);

    public InlineKeyboardMarkup Buttons(Person person) => new(
    [
        [new InlineKeyboardButton(texts["ButtonApproveVolunteer"], CallbackData.Make(VolunteerButtons.Name, "app", "approve", person.Id.ToString()))],
        [new InlineKeyboardButton(texts["ButtonRejectVolunteer"], CallbackData.Make(VolunteerButtons.Name, "app", "reject", person.Id.ToString()))],
    ]);

    public async Task<string?> WaitingAsync(UpdateContext update) =>
        await Pending(update.Db).CountAsync() is > 0 and var count ? texts.Format("WaitingVolunteerApplications", count) : null;
}
