using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ClubBot.Transport;

/// <summary>What the pipeline asks of every update, whatever its kind.</summary>
public static class UpdateFacts
{
    extension(Update update)
    {
        /// <summary>The private chat the update belongs to, or null for updates the bot does not route.</summary>
        public long? ChatId =>
            update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id
            ?? update.CallbackQuery?.From.Id ?? update.MyChatMember?.Chat.Id;

        /// <summary>
        /// Whether the update comes from a person's private chat with the bot: the only place it talks, since a
        /// group would share one conversation among its members and show them each other's details.
        /// A button under no message (inline mode) belongs to the presser's own chat.
        /// </summary>
        public bool IsPrivate =>
            (update.Message?.Chat ?? update.EditedMessage?.Chat ?? update.CallbackQuery?.Message?.Chat ?? update.MyChatMember?.Chat) is { } chat
                ? chat.Type == ChatType.Private
                : update.CallbackQuery is not null;

        /// <summary>Who caused the update.</summary>
        public User? Sender => update.Message?.From ?? update.EditedMessage?.From ?? update.CallbackQuery?.From ?? update.MyChatMember?.From;
    }
}
