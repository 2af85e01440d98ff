using ClubBot.Features.Help;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Help;

/// <summary>People and requests put straight into the database, for tests about what comes after.</summary>
public static class HelpData
{
    /// <summary>Tomorrow in the club's default zone as a card writes a day: «пятница, 4 декабря» (the year only when it differs).</summary>
    public static string TomorrowWords()
    {
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Irkutsk")).Date;
        var tomorrow = today.AddDays(1);
        return tomorrow.ToString(tomorrow.Year == today.Year ? "dddd, d MMMM" : "dddd, d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
    }

    public static Task<long> AddPersonAsync(BotUnderTest bot, long chatId, VolunteerStatus volunteer = VolunteerStatus.None, string settlement = "Оса") => bot.QueryAsync(async db =>
    {
        var person = new Person
        {
            TelegramUserId = chatId,
            ChatId = chatId,
            Name = $"Человек {chatId}",
            Phone = $"+7902{chatId:D7}",
            Settlement = settlement,
            CreatedAt = DateTime.UtcNow,
            LastSeenAt = DateTime.UtcNow,
            RegisteredAt = DateTime.UtcNow,
            ConsentedAt = DateTime.UtcNow,
            Volunteer = volunteer,
        };
        db.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    public static Task<long> AddRequestAsync(BotUnderTest bot, long personId) => bot.QueryAsync(async db =>
    {
        var request = new HelpRequest
        {
            Kind = RequestKind.Household,
            PersonId = personId,
            Service = "repair",
            Details = "Течёт кран",
            Address = "ул. Ленина, 5",
            Status = RequestStatus.New,
            ForVolunteers = true,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    });

    public static Task<HelpRequest> RequestAsync(BotUnderTest bot, long id) =>
        bot.QueryAsync(db => db.Set<HelpRequest>().AsNoTracking().SingleAsync(r => r.Id == id));
}
