namespace ClubBot.Telegram.Types;

/// <summary>An incoming update; only the kinds the bot asks for are mapped.</summary>
public sealed record Update(
    long UpdateId,
    Message? Message = null,
    Message? EditedMessage = null,
    CallbackQuery? CallbackQuery = null,
    ChatMemberUpdated? MyChatMember = null)
{
    /// <summary>The private chat the update belongs to, or null for updates the bot does not route.</summary>
    public long? ChatId =>
        Message?.Chat.Id ?? EditedMessage?.Chat.Id ?? CallbackQuery?.Message?.Chat.Id
        ?? CallbackQuery?.From.Id ?? MyChatMember?.Chat.Id;

    /// <summary>Who caused the update.</summary>
    public User? From => Message?.From ?? EditedMessage?.From ?? CallbackQuery?.From ?? MyChatMember?.From;
}
