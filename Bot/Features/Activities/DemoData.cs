using ClubBot.Club;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>
/// <c>--seed-demo</c>: a realistic sample for an empty database, so console mode has something to show —
/// a trip, a master class, ensemble rehearsals, a mobile-doctor day, a club meeting over the next weeks.
/// Never runs by itself.
/// </summary>
public static class DemoData
{
    public static async Task<string> SeedAsync(IServiceProvider services)
    {
        foreach (var migrator in services.GetServices<IHostedService>().OfType<DatabaseMigrator>())
            await migrator.StartAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var texts = scope.ServiceProvider.GetRequiredService<BotTexts>();
        if (await db.Set<Activity>().AnyAsync())
            return texts["DemoNotAdded"];

        var clock = scope.ServiceProvider.GetRequiredService<ClubTime>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = clock.ToLocal(now).Date;
        DateTime At(int days, int hour, int minute = 0) =>
            clock.ToUtc(today.AddDays(days).AddHours(hour).AddMinutes(minute));

        var activities = new List<Activity>
        {
            New("workshop", "Мастер-класс «Прозрачный мольберт»", At(3, 14), At(3, 16), "Библиотека, ул. Ленина, 12", "Оса", 8, null,
                "Рисуем на стекле: мольберты и краски дадим. Подходит тем, у кого слабое зрение — крупные формы, яркие цвета.", "Первый этаж, без ступеней"),
            New("club", "Встреча клуба: чаепитие и планы на месяц", At(5, 15), At(5, 17), "Дом культуры, малый зал", "Оса", null, null,
                "Обсудим поездки и занятия на следующий месяц, отметим именинников.", "Пандус у входа"),
            New("health", "День мобильного врача: давление, сахар, терапевт", At(7, 10), At(7, 14), "ФАП", "Бильчир", 30, null,
                "Выездная бригада: измерение давления и сахара, консультация терапевта. Возьмите паспорт и полис.", "Сопровождение волонтёров по записи"),
            New("trip", "Поездка в Иркутск: музей декабристов и набережная Ангары", At(10, 8), At(10, 19), "Сбор у Дома культуры", "Оса", 18, 500,
                "Автобус туда и обратно, экскурсия по музею, прогулка по набережной, обед в кафе (оплачивается отдельно).", "Автобус без подъёмника; с нами едут два волонтёра"),
        };
        for (var week = 0; week < 3; week++)
        {
            var days = ((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7 + 1 + (7 * week);
            activities.Add(New("rehearsal", "Репетиция вокального ансамбля", At(days, 15), At(days, 17), "Дом культуры, зал 2", "Оса", null, null,
                "Разучиваем песни к новогоднему концерту. Приходите, даже если никогда не пели в хоре.", null));
        }

        db.AddRange(activities);
        await db.SaveChangesAsync();
        return texts.Format("DemoAdded", activities.Count);

        Activity New(string kind, string title, DateTime starts, DateTime ends, string place, string settlement, int? capacity, int? price, string description, string? accessibility) => new()
        {
            Kind = kind,
            Title = title,
            StartsAt = starts,
            EndsAt = ends,
            Place = place,
            Settlement = settlement,
            Capacity = capacity,
            Price = price,
            Description = description,
            Accessibility = accessibility,
            CreatedAt = now,
            Version = 1,
        };
    }
}
