using ClubBot.Outbox;
using ClubBot.Scheduling;
using ClubBot.Storage;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

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
        if (chat?.Type is not ("group" or "supergroup"))
            return;
        if (update.MyChatMember is { NewChatMember.Status: not ("member" or "administrator") })
            return;
        var key = $"group:{chatId}";
        if (await db.Set<SentNotice>().AnyAsync(n => n.Key == key, ct))
            return;
        db.Add(new SentNotice { Key = key, SentAt = now });
        outbox.SendText(chatId, texts.WithPhone("PrivateChatOnly"));
        outbox.Call(chatId, "leaveChat", new { chat_id = chatId });
    }
}
