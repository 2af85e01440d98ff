using ClubBot.Club;
using ClubBot.Pipeline;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Welcome;

/// <summary>
/// The first conversation: /start greets with the club's name and the menu; the menu tells about the club and
/// gives the centre's phone; anything else gets a kind answer and the menu again.
/// </summary>
public sealed class WelcomeHandler(BotTexts texts, IOptions<ClubOptions> club) : IUpdateHandler
{
    public Task HandleAsync(UpdateContext context, CancellationToken ct)
    {
        var text = context.Text;
        if (context.Update.CallbackQuery is not null)
            context.Reply(texts["NotUnderstood"], Menu());
        else if (text is "/start" || text?.StartsWith("/start ", StringComparison.Ordinal) == true)
            context.Reply(texts.Format("Welcome", club.Value.Name), Menu());
        else if (text == "/help")
            context.Reply(texts.Format("Help", club.Value.Phone), Menu());
        else if (Matches(text, "MenuAbout"))
            context.Reply(texts.Format("About", club.Value.Name, club.Value.About), Menu());
        else if (Matches(text, "MenuCall"))
            context.Reply(texts.Format("CallCentre", club.Value.Phone), Menu());
        else if (context.Update.Message is not null)
            context.Reply(texts["NotUnderstood"], Menu());
        return Task.CompletedTask;
    }

    public ReplyKeyboardMarkup Menu() => new(
        [[new KeyboardButton(texts["MenuAbout"])], [new KeyboardButton(texts["MenuCall"])]],
        IsPersistent: true,
        ResizeKeyboard: true);

    /// <summary>A button's words typed by hand count as pressing it, with or without the emoji.</summary>
    private bool Matches(string? text, string key)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        var label = texts[key];
        var words = label[(label.IndexOf(' ') + 1)..];
        return string.Equals(text, label, StringComparison.OrdinalIgnoreCase) || string.Equals(text, words, StringComparison.OrdinalIgnoreCase);
    }
}
