using Telegram.Bot.Types.Enums;

namespace ClubBot.Transport;

/// <summary>The update kinds the bot asks Telegram for.</summary>
public static class AllowedUpdates
{
    public static readonly UpdateType[] All = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];
}
