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

namespace ClubBot.Tests.Features.Privacy;

/// <summary>Deleting one's data keeps its promise: what is under way ends as a cancellation would, and nothing that names the person is left in any table.</summary>
public sealed class ErasureTests : FakeBotApiTest
{
    private const long Anna = 833;
    private const long Volunteer = 834;
    private const long Waiting = 835;
    private const string Address = "ул. Лесная, 12, кв. 4";
    private const string Details = "Течёт кран на кухне у Анны";
    private const string Question = "Можно ли прийти с внучкой Дашей?";
    private const string Comment = "Спасибо Ольге Ивановне";

    [Fact]
    public async Task Erasure_CancelsFutureSeatsAndOpenRequests_TellsOthersWithoutNames_AndLeavesNoTraceInAnyTable()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, Anna, OnboardingState.Saved);
        var (activityId, openId, doneId) = await SeedAsync(bot);

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

        var signUps = await bot.QueryAsync(db => db.Set<SignUp>().AsNoTracking().Include(s => s.Person).ToListAsync());
        Assert.Equal(SignUpState.Cancelled, signUps.Single(s => s.ActivityId == activityId && s.Person!.ErasedAt != null).State);
        Assert.Equal(SignUpState.Confirmed, signUps.Single(s => s.Person!.TelegramUserId == Waiting).State);
        Assert.True(signUps.Single(s => s.ActivityId != activityId).Attended, "a past attendance stays for the counts");

        var requests = await bot.QueryAsync(db => db.Set<HelpRequest>().AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(RequestStatus.Cancelled, requests.Single(r => r.Id == openId).Status);
        Assert.Equal(RequestStatus.Done, requests.Single(r => r.Id == doneId).Status);
        Assert.All(requests, r => Assert.Equal((null, null, null), (r.Address, r.Details, r.PhotoFileId)));
        Assert.All(requests, r => Assert.Equal("repair", r.Service));

        var question = await bot.QueryAsync(db => db.Set<CoordinatorQuestion>().AsNoTracking().SingleAsync());
        Assert.Equal(("", null), (question.Text, question.Answer));
        var answer = await bot.QueryAsync(db => db.Set<SurveyAnswer>().AsNoTracking().SingleAsync());
        Assert.Equal((5, (string?)null), (answer.Score, answer.Text));

        var traces = await FindAsync(bot.Database, ["Анна Петрова", "79141234567", "914 123-45-67", "Лесная", "Течёт кран", "внучкой", "Ольге", "photo-anna", "Бильчир"]);
        Assert.True(traces.Count == 0, "Still stored: " + string.Join("; ", traces));
    }

    private static Task<(long Activity, long Open, long Done)> SeedAsync(BotUnderTest bot) => bot.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var anna = await db.Set<Person>().SingleAsync(p => p.TelegramUserId == Anna);
        var volunteer = new Person { TelegramUserId = Volunteer, ChatId = Volunteer, Name = "Пётр", CreatedAt = now, LastSeenAt = now, RegisteredAt = now, Volunteer = VolunteerStatus.Approved };
        var waiting = new Person { TelegramUserId = Waiting, ChatId = Waiting, Name = "Вера", CreatedAt = now, LastSeenAt = now, RegisteredAt = now };
        var upcoming = new Activity { Kind = "club", Title = "Встреча", StartsAt = now.AddDays(2), EndsAt = now.AddDays(2).AddHours(2), Capacity = 1, CreatedAt = now };
        var past = new Activity { Kind = "club", Title = "Прошлая встреча", StartsAt = now.AddDays(-5), EndsAt = now.AddDays(-5).AddHours(2), CreatedAt = now.AddDays(-10) };
        db.AddRange(volunteer, waiting, upcoming, past,
            new SignUp { Activity = upcoming, Person = anna, State = SignUpState.Confirmed, CreatedAt = now },
            new SignUp { Activity = upcoming, Person = waiting, State = SignUpState.Waiting, CreatedAt = now },
            new SignUp { Activity = past, Person = anna, State = SignUpState.Confirmed, Attended = true, CreatedAt = now.AddDays(-6) });
        var open = new HelpRequest { Kind = RequestKind.Household, Person = anna, Status = RequestStatus.Assigned, Volunteer = volunteer, Service = "repair", Details = Details, Address = Address, PhotoFileId = "photo-anna", CreatedAt = now, UpdatedAt = now };
        var done = new HelpRequest { Kind = RequestKind.Household, Person = anna, Status = RequestStatus.Done, Service = "repair", Details = Details, Address = Address, CreatedAt = now.AddDays(-3), UpdatedAt = now.AddDays(-2) };
        db.AddRange(open, done, new CoordinatorQuestion { Person = anna, Text = Question, AskedAt = now });
        (await db.Set<ClubBot.Conversations.ConversationSession>().SingleAsync(s => s.ChatId == Anna)).Aside = "Когда приедут в Бильчир?";
        var invitation = new SurveyInvitation { Person = anna, Questionnaire = "after-activity", Occasion = "activity:1", State = InvitationState.Completed, CreatedAt = now };
        db.AddRange(invitation, new SurveyAnswer { Invitation = invitation, Question = "quality", Score = 5, Text = Comment, AnsweredAt = now });
        await db.SaveChangesAsync();
        return (upcoming.Id, open.Id, done.Id);
    });

    /// <summary>Every text cell of every table that holds one of <paramref name="needles"/>, as "table.column".</summary>
    private static async Task<List<string>> FindAsync(TestDatabase database, string[] needles)
    {
        var found = new List<string>();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    if (reader.GetValue(i) is string text && needles.FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal)) is { } hit)
                        found.Add($"{table}.{reader.GetName(i)}: {hit}");
        }

        return found;
    }
}
