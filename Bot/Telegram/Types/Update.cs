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

    /// <summary>
    /// Whether the update comes from a person's private chat with the bot: the only place it talks, since a
    /// group would share one conversation among its members and show them each other's details.
    /// A button under no message (inline mode) belongs to the presser's own chat.
    /// </summary>
    public bool IsPrivate =>
        (Message?.Chat ?? EditedMessage?.Chat ?? CallbackQuery?.Message?.Chat ?? MyChatMember?.Chat) is { } chat
            ? chat.Type == "private"
            : CallbackQuery is not null;

    /// <summary>Who caused the update.</summary>
    public User? From => Message?.From ?? EditedMessage?.From ?? CallbackQuery?.From ?? MyChatMember?.From;
}
