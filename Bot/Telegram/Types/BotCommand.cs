namespace ClubBot.Telegram.Types;

/// <summary>A command shown in the chat's menu.</summary>
public sealed record BotCommand(string Command, string Description);
