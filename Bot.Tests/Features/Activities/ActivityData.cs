using ClubBot.Conversations;
using ClubBot.Features.Activities;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Activities;

/// <summary>Puts activities and people straight into the bot's database, for tests about what comes after.</summary>
public static class ActivityData
{
    public static async Task<long> AddActivityAsync(BotUnderTest bot, string title, int? capacity, string kind = "workshop", double inDays = 5)
    {
        var start = DateTime.UtcNow.Date.AddDays(inDays).AddHours(8);
        return await bot.QueryAsync(async db =>
        {
            var activity = new Activity
            {
                Kind = kind,
                Title = title,
                StartsAt = start,
                EndsAt = start.AddHours(2),
                Place = "Дом культуры, ул. Ленина, 5",
                Settlement = "Оса",
                Capacity = capacity,
                CreatedAt = DateTime.UtcNow,
                Version = 1,
            };
            db.Add(activity);
            await db.SaveChangesAsync();
            return activity.Id;
        });
    }

    /// <summary>A registered participant whose chat stands at the sign-up confirmation of <paramref name="activityId"/>.</summary>
    public static Task AddParticipantAtConfirmationAsync(BotUnderTest bot, long chatId, long activityId) => bot.QueryAsync(async db =>
    {
        db.Add(new Person
        {
            TelegramUserId = chatId,
            ChatId = chatId,
            Name = $"Участник {chatId}",
            Phone = $"+7914{chatId:D7}",
            CreatedAt = DateTime.UtcNow,
            LastSeenAt = DateTime.UtcNow,
            RegisteredAt = DateTime.UtcNow,
            ConsentedAt = DateTime.UtcNow,
        });
        db.Add(new ConversationSession
        {
            ChatId = chatId,
            Flow = "ac",
            State = nameof(BrowseState.Confirm),
            Draft = $"{{\"Kind\":\"workshop\",\"Page\":0,\"ActivityId\":{activityId}}}",
            Keyboard = FlowScreen.NavigationKeyboard,
            UpdatedAt = DateTime.UtcNow,
        });
        return await db.SaveChangesAsync();
    });

    public static Task<List<SignUp>> SignUpsAsync(BotUnderTest bot, long activityId) =>
        bot.QueryAsync(db => db.Set<SignUp>().AsNoTracking().Include(s => s.Person).Where(s => s.ActivityId == activityId).OrderBy(s => s.Id).ToListAsync());
}
