using ClubBot.Outbox;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ClubBot.Pipeline;

/// <summary>
/// Groups and channels: the bot does not converse there. In a group it says once where to find it and leaves;
/// everything else from a shared chat is dropped. It never touches a person's record, so a command typed in a
/// group cannot move anyone's private messages into it.
/// </summary>
public sealed class SharedChats(BotTexts texts)
{
    public async Task HandleAsync(Update update, long chatId, BotDbContext db, OutboxWriter outbox, DateTime now, CancellationToken ct)
    {
        var chat = update.Message?.Chat ?? update.MyChatMember?.Chat;
        if (chat?.Type is not (ChatType.Group or ChatType.Supergroup))
            return;
        if (update.MyChatMember is { NewChatMember.Status: not (ChatMemberStatus.Member or ChatMemberStatus.Administrator) })
            return;
        var key = $"group:{chatId}";
        if (await db.Set<SentNotice>().AnyAsync(n => n.Key == key, ct))
            return;
        db.Add(new SentNotice { Key = key, SentAt = now });
        outbox.SendText(chatId, texts.WithPhone("PrivateChatOnly"));
        outbox.Call(chatId, new LeaveChatRequest { ChatId = chatId });
    }
}
