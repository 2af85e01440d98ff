namespace ClubBot.Telegram;

/// <summary>The update kinds the bot asks Telegram for.</summary>
public static class AllowedUpdates
{
    public static readonly IReadOnlyList<string> All = ["message", "edited_message", "callback_query", "my_chat_member"];
}
