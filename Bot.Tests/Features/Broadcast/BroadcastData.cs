using ClubBot.People;
using ClubBot.Tests.Fakes;

namespace ClubBot.Tests.Features.Broadcast;

/// <summary>Registered people put straight into the database, for broadcasts to reach.</summary>
public static class BroadcastData
{
    /// <summary>People with chats <paramref name="firstChat"/>, +1, … in <paramref name="settlement"/>.</summary>
    public static Task AddPeopleAsync(BotUnderTest bot, long firstChat, int count, string settlement = "Оса") => bot.QueryAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var chat = firstChat + i;
            db.Add(new Person { TelegramUserId = chat, ChatId = chat, Name = $"Участник {chat}", Phone = $"+7914{chat:D7}", Settlement = settlement, CreatedAt = DateTime.UtcNow, LastSeenAt = DateTime.UtcNow, RegisteredAt = DateTime.UtcNow, ConsentedAt = DateTime.UtcNow });
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>Someone without Telegram, signed up by staff.</summary>
    public static Task AddByPhoneAsync(BotUnderTest bot, string name, string phone, string settlement = "Оса") => bot.QueryAsync(async db =>
    {
        db.Add(new Person { Name = name, Phone = phone, Settlement = settlement, AddedByStaff = true, CreatedAt = DateTime.UtcNow, LastSeenAt = DateTime.UtcNow, RegisteredAt = DateTime.UtcNow, ConsentedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });
}
