using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Onboarding;
using ClubBot.Features.Questions;
using ClubBot.Features.Surveys;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubBot.Tests.Features.Privacy;

/// <summary>Deleting one's data keeps its promise: what is under way ends as a cancellation would, and nothing that names the person is left in any table.</summary>
public sealed class ErasureTests : FakeBotApiTest
{
    private const long Anna = 833;
    private const long Volunteer = 834;
    private const long Waiting = 835;
    private const long Coordinator = 836;
    private const string Address = "ул. Лесная, 12, кв. 4";
    private const string Details = "Течёт кран на кухне у Анны";
    private const string Question = "Можно ли прийти с внучкой Дашей?";
    private const string Comment = "Спасибо Ольге Ивановне";
    private const string RideFrom = "Усть-Алтан, ул. Школьная, 3";
    private const string TypedDestination = "к дочери, ул. Ленина, 5";
    private static readonly DateTime Pickup = DateTime.UtcNow.Date.AddDays(3).AddHours(1).AddMinutes(30);

    [Fact]
    public async Task Erasure_CancelsFutureSeatsAndOpenRequests_TellsOthersWithoutNames_AndLeavesNoTraceInAnyTable()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, Anna, OnboardingState.Saved);
        var (activityId, openId, doneId, rideId) = await SeedAsync(bot);

        await chat.TapMenuAsync("🔒 Мои данные");
        await chat.PressAsync("🗑 Удалить мои данные");
        Assert.Contains("отменим ваши будущие записи", chat.LastText);
        Assert.Contains("открытые заявки", chat.LastText);
        await chat.PressAsync("Да, удалить");
        Assert.StartsWith("Ваши данные удалены", chat.LastText);

        // The waiting person gets the seat and is told; the volunteer learns the task is off, by number only.
        await Api.WaitForMessagesAsync(Waiting);
        var toVolunteer = Assert.Single(await Api.WaitForMessagesAsync(Volunteer));
        Assert.Contains($"№ {openId}", toVolunteer.Text);
        Assert.DoesNotContain("Анна", toVolunteer.Text);
        Assert.DoesNotContain("Лесная", toVolunteer.Text);

        // Staff learn which requests were cancelled: number, kind and day, and that the car is not needed; nothing personal.
        var toStaff = await Api.WaitForMessagesAsync(Coordinator, 2);
        var rideNotice = Assert.Single(toStaff, m => m.Text!.Contains($"№ {rideId}", StringComparison.Ordinal));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(bot.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClubBot.Club.ClubOptions>>().Value.TimeZone);
        Assert.Contains("Поездка", rideNotice.Text);
        Assert.Contains($"Машина к {TimeZoneInfo.ConvertTimeFromUtc(Pickup, zone):HH:mm} больше не нужна", rideNotice.Text);
        Assert.Single(toStaff, m => m.Text!.Contains($"№ {openId}", StringComparison.Ordinal) && m.Text.Contains("Помощь по дому", StringComparison.Ordinal));
        Assert.All(toStaff, m => Assert.DoesNotContain("Анна", m.Text));
        Assert.All(toStaff, m => Assert.DoesNotContain("Школьная", m.Text));
        Assert.All(toStaff, m => Assert.DoesNotContain("Ленина", m.Text));

        var signUps = await bot.QueryAsync(db => db.Set<SignUp>().AsNoTracking().Include(s => s.Person).ToListAsync());
        Assert.Equal(SignUpState.Cancelled, signUps.Single(s => s.ActivityId == activityId && s.Person!.ErasedAt != null).State);
        Assert.Equal(SignUpState.Confirmed, signUps.Single(s => s.Person!.TelegramUserId == Waiting).State);
        Assert.True(signUps.Single(s => s.ActivityId != activityId).Attended, "a past attendance stays for the counts");

        var requests = await bot.QueryAsync(db => db.Set<HelpRequest>().AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(RequestStatus.Cancelled, requests.Single(r => r.Id == openId).Status);
        Assert.Equal(RequestStatus.Done, requests.Single(r => r.Id == doneId).Status);
        Assert.Equal(RequestStatus.Cancelled, requests.Single(r => r.Id == rideId).Status);
        Assert.All(requests, r => Assert.Equal((null, null, null, null), (r.Address, r.Details, r.PhotoFileId, r.RideFrom)));
        Assert.Null(requests.Single(r => r.Id == rideId).RideTo);
        Assert.All(requests.Where(r => r.Kind == RequestKind.Household), r => Assert.Equal("repair", r.Service));

        var question = await bot.QueryAsync(db => db.Set<CoordinatorQuestion>().AsNoTracking().SingleAsync());
        Assert.Equal(("", null), (question.Text, question.Answer));
        var answer = await bot.QueryAsync(db => db.Set<SurveyAnswer>().AsNoTracking().SingleAsync());
        Assert.Equal((5, (string?)null), (answer.Score, answer.Text));

        var traces = await FindAsync(bot.Database, ["Анна Петрова", "79141234567", "914 123-45-67", "Лесная", "Течёт кран", "внучкой", "Ольге", "photo-anna", "Бильчир", "Школьная", "Ленина"]);
        Assert.True(traces.Count == 0, "Still stored: " + string.Join("; ", traces));
    }

    private static Task<(long Activity, long Open, long Done, long Ride)> SeedAsync(BotUnderTest bot) => bot.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var anna = await db.Set<Person>().SingleAsync(p => p.TelegramUserId == Anna);
        var volunteer = new Person { TelegramUserId = Volunteer, ChatId = Volunteer, Name = "Пётр", CreatedAt = now, LastSeenAt = now, RegisteredAt = now, Volunteer = VolunteerStatus.Approved };
        var coordinator = new Person { TelegramUserId = Coordinator, ChatId = Coordinator, Name = "Координатор", CreatedAt = now, LastSeenAt = now, RegisteredAt = now, Role = StaffRole.Coordinator };
        var waiting = new Person { TelegramUserId = Waiting, ChatId = Waiting, Name = "Вера", CreatedAt = now, LastSeenAt = now, RegisteredAt = now };
        var upcoming = new Activity { Kind = "club", Title = "Встреча", StartsAt = now.AddDays(2), EndsAt = now.AddDays(2).AddHours(2), Capacity = 1, CreatedAt = now };
        var past = new Activity { Kind = "club", Title = "Прошлая встреча", StartsAt = now.AddDays(-5), EndsAt = now.AddDays(-5).AddHours(2), CreatedAt = now.AddDays(-10) };
        db.AddRange(volunteer, coordinator, waiting, upcoming, past,
            new SignUp { Activity = upcoming, Person = anna, State = SignUpState.Confirmed, CreatedAt = now },
            new SignUp { Activity = upcoming, Person = waiting, State = SignUpState.Waiting, CreatedAt = now },
            new SignUp { Activity = past, Person = anna, State = SignUpState.Confirmed, Attended = true, CreatedAt = now.AddDays(-6) });
        var open = new HelpRequest { Kind = RequestKind.Household, Person = anna, Status = RequestStatus.Assigned, Volunteer = volunteer, Service = "repair", Details = Details, Address = Address, PhotoFileId = "photo-anna", CreatedAt = now, UpdatedAt = now };
        var done = new HelpRequest { Kind = RequestKind.Household, Person = anna, Status = RequestStatus.Done, Service = "repair", Details = Details, Address = Address, CreatedAt = now.AddDays(-3), UpdatedAt = now.AddDays(-2) };
        var ride = new HelpRequest
        {
            Kind = RequestKind.Ride,
            Person = anna,
            Status = RequestStatus.Assigned,
            RideFrom = RideFrom,
            RideTo = TypedDestination,
            Details = "К врачу",
            Day = DateOnly.FromDateTime(Pickup),
            PickupAt = Pickup,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.AddRange(open, done, ride, new CoordinatorQuestion { Person = anna, Text = Question, AskedAt = now });
        (await db.Set<ClubBot.Conversations.ConversationSession>().SingleAsync(s => s.ChatId == Anna)).Aside = "Когда приедут в Бильчир?";
        var invitation = new SurveyInvitation { Person = anna, Questionnaire = "after-activity", Occasion = "activity:1", State = InvitationState.Completed, CreatedAt = now };
        db.AddRange(invitation, new SurveyAnswer { Invitation = invitation, Question = "quality", Score = 5, Text = Comment, AnsweredAt = now });
        await db.SaveChangesAsync();
        return (upcoming.Id, open.Id, done.Id, ride.Id);
    });

    /// <summary>
    /// Every text column of every table in the EF model that holds one of <paramref name="needles"/>, as
    /// "table.column"; the model, not a list kept here, names the columns, so one added later is searched too.
    /// A table in the database that the model does not know fails the search: nothing stored escapes it.
    /// </summary>
    private static async Task<List<string>> FindAsync(TestDatabase database, string[] needles)
    {
        using var db = database.Open();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet();
        var columns = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName())))
            .Distinct().ToList();
        var found = new List<string>();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                Assert.True(tables.Contains(reader.GetString(0)), $"Table {reader.GetString(0)} is not in the EF model, so nothing searches it.");
        }

        foreach (var (table, column) in columns)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                if (needles.FirstOrDefault(n => reader.GetString(0).Contains(n, StringComparison.Ordinal)) is { } hit)
                    found.Add($"{table}.{column}: {hit}");
        }

        return found;
    }
}
