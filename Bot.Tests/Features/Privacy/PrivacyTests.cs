using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Onboarding;
using ClubBot.Features.Questions;
using ClubBot.Features.Surveys;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Activities;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Privacy;

public sealed class PrivacyTests : FakeBotApiTest
{
    [Fact]
    public async Task MyData_ShowsEverythingStored()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 830, OnboardingState.Saved);

        await chat.TapMenuAsync("🔒 Мои данные");

        foreach (var expected in new[] { "Имя: Анна Петрова", "Телефон: +7 914 123-45-67", "Населённый пункт: Оса", "Категория: Пенсионер", "Интересы: Мастер-классы", "Имя в Telegram: Анна", "Учётная запись в Telegram: № 830", "Согласие дано: ", "Зарегистрированы: " })
            Assert.Contains(expected, chat.LastText);
        Assert.Equal(["🗑 Удалить мои данные", "Отозвать согласие"], chat.InlineButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task MyData_ListsSignUpsRequestsQuestionsAndSurveys_WithDatesInWords()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var activity = await ActivityData.AddActivityAsync(bot, "Хор «Рябинушка»", capacity: 5);
        var chat = await OnboardingTests.WalkToAsync(bot, 833, OnboardingState.Saved);
        await bot.QueryAsync(async db =>
        {
            var anna = await db.Set<Person>().SingleAsync(p => p.TelegramUserId == 833);
            db.Add(new SignUp { ActivityId = activity, PersonId = anna.Id, State = SignUpState.Confirmed, CreatedAt = DateTime.UtcNow });
            db.Add(new HelpRequest { Kind = RequestKind.Household, PersonId = anna.Id, Service = "repair", Address = "ул. Ленина, 5, кв. 2", Status = RequestStatus.New, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            db.Add(new CoordinatorQuestion { PersonId = anna.Id, Text = "Когда будет автобус в город?", AskedAt = DateTime.UtcNow });
            var invitation = new SurveyInvitation { PersonId = anna.Id, Questionnaire = "mood", Occasion = "mood:test", State = InvitationState.Completed, CreatedAt = DateTime.UtcNow };
            db.Add(invitation);
            db.Add(new SurveyAnswer { Invitation = invitation, Question = "mood", Score = 4, AnsweredAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        await chat.TapMenuAsync("🔒 Мои данные");

        // Two messages: the profile, then what the rest of the bot keeps, with the buttons under it.
        var profile = chat.Last.Where(c => c.Method == "sendMessage").SkipLast(1).Last().Text!;
        Assert.StartsWith("Вот всё, что мы о вас храним:", profile);
        Assert.Matches(@"Согласие дано: \d{1,2} [а-я]+ \d{4}", profile);
        var text = chat.LastText;
        Assert.Contains("🗓 Ваши записи:\n• ", text);
        Assert.Contains("Рябинушка", text);
        Assert.Contains("📋 Ваши заявки:\n• № ", text);
        Assert.Contains("адрес: ул. Ленина, 5, кв. 2", text);
        Assert.Contains("❓ Ваши вопросы координатору:\n• Когда будет автобус в город?", text);
        Assert.Contains("📝 Опросы: пройдено 1, ответов 1.", text);
    }

    [Theory]
    [InlineData("🗑 Удалить мои данные", "Ваши данные удалены")]
    [InlineData("Отозвать согласие", "Согласие отозвано")]
    public async Task DeletingOrWithdrawing_AfterConfirmation_ErasesPersonalFields_AndKeepsAnAnonymousCount(string button, string answer)
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 831, OnboardingState.Saved);
        await chat.TapMenuAsync("🔒 Мои данные");

        await chat.PressAsync(button);
        Assert.Contains("?", chat.LastText);
        await chat.PressAsync("Да, удалить");

        Assert.StartsWith(answer, chat.LastText);
        Assert.Contains("📝 Познакомиться", chat.ReplyButtons);
        var people = await bot.QueryAsync(db => db.Set<Person>().AsNoTracking().ToListAsync());
        var erased = Assert.Single(people);
        Assert.Equal((null, null, null, null, null, null, null), (erased.Name, erased.Phone, erased.Settlement, erased.Interests, erased.TelegramName, erased.TelegramUserId, erased.ChatId));
        Assert.NotNull(erased.ErasedAt);
        Assert.NotNull(erased.RegisteredAt);
        Assert.Equal(PersonCategory.Pensioner, erased.Category);
        var typedBefore = await bot.QueryAsync(db => db.Set<InboxUpdate>().CountAsync(u => u.ChatId == 831 && u.Payload.Contains("Анна Петрова")));
        Assert.Equal(0, typedBefore);

        // Writing again starts afresh, as a newcomer.
        await chat.SendAsync("/start");
        Assert.Contains("152-ФЗ", chat.LastText);
    }

    [Fact]
    public async Task NotConfirming_KeepsEverything()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 832, OnboardingState.Saved);
        await chat.TapMenuAsync("🔒 Мои данные");
        await chat.PressAsync("🗑 Удалить мои данные");

        await chat.PressAsync("Нет, оставить");

        Assert.Contains("Имя: Анна Петрова", chat.LastText);
        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.TelegramUserId == 832));
        Assert.Equal("Анна Петрова", person.Name);
        Assert.Null(person.ErasedAt);
    }
}
