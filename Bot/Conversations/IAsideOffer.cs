using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Conversations;

/// <summary>
/// Words typed in the middle of a flow that are clearly not an answer there (a question to the centre, most often)
/// are not swallowed by «choose a button»: the person is offered to pass them on.
/// </summary>
public interface IAsideOffer
{
    /// <summary>The button that passes the kept words on; null when this person cannot be offered it.</summary>
    InlineKeyboardMarkup? ButtonFor(Audience audience);
}
