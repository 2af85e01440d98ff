using ClubBot.People;
using ClubBot.Texts;

namespace ClubBot.Conversations;

/// <summary>
/// Tells a person something that changes their menu (accepted as a volunteer, a role given or taken). At the menu
/// the notice brings the new buttons with it; in the middle of a flow it says where they will appear, so the
/// step the person is at keeps its buttons.
/// </summary>
public sealed class MenuChangeNotice(StaffDirectory staff, BotTexts texts)
{
    public async Task SendAsync(FlowContext context, Person person, string text)
    {
        var update = context.Update;
        if (person.ChatId is not { } chat)
            return;
        var session = await update.SessionOfAsync(chat);
        if (session?.Flow is not null)
        {
            update.Outbox.SendText(chat, text + "\n\n" + texts["NewMenuAfterFlow"]);
            return;
        }

        update.Outbox.SendText(chat, text, context.Menu.Keyboard(Audience.Of(person, staff.IsAdmin(person.TelegramUserId))));
        if (session is not null)
            session.Keyboard = MainMenu.KeyboardName;
    }
}
