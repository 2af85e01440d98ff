namespace ClubBot.Telegram.Types;

/// <summary>A press on an inline keyboard button.</summary>
public sealed record CallbackQuery(string Id, User From, string ChatInstance, Message? Message = null, string? Data = null);
