namespace ClubBot.Telegram.Types;

/// <summary>The bot's own membership changed, e.g. a person blocked it ("kicked") or unblocked it ("member").</summary>
public sealed record ChatMemberUpdated(Chat Chat, User From, long Date, ChatMember OldChatMember, ChatMember NewChatMember);
