using ClubBot.Conversations;
using ClubBot.Features.Onboarding;
using ClubBot.Features.Questions;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Questions;

/// <summary>A question typed in the middle of another flow is offered to a coordinator, not swallowed by «choose a button».</summary>
public sealed class AsideQuestionTests : FakeBotApiTest
{
    private const long Admin = 930;

    private static Dictionary<string, string?> Settings => new(OnboardingTests.Fast) { ["Club:Admins:0"] = "930" };

    [Fact]
    public async Task QuestionTypedWhereAButtonIsExpected_IsOffered_PassedOnOnce_AndTheStepComesBack()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var person = await OnboardingTests.WalkToAsync(bot, 931, OnboardingState.Saved);
        await person.TapMenuAsync("🎁 Автобус добра");
        var kinds = person.InlineButtons.Select(b => b.Text).ToList();

        await person.SendAsync("А когда автобус приедет в Бильчир?");
        var offer = person.Last.Single(c => c.Text == "Похоже, это вопрос. Передать его координатору? Ответ придёт сюда.");
        Assert.Equal(["❓ Передать координатору"], offer.InlineKeyboard.SelectMany(r => r).Select(b => b.Text));
        Assert.Equal("Какая помощь нужна?", person.LastText);
        Assert.Equal(kinds, person.InlineButtons.Select(b => b.Text));

        await person.PressEarlierAsync("❓ Передать координатору");
        Assert.Equal("Вопрос отправлен координатору. Ответ придёт сюда.", person.Last.First(c => c.Method == "sendMessage").Text);
        Assert.Equal("Какая помощь нужна?", person.LastText);
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.Contains("А когда автобус приедет в Бильчир?", StringComparison.Ordinal) == true);

        await person.PushAsync(Updates.Callback(person.Id, offer.InlineKeyboard[0][0].Data!, offer.MessageId!.Value));
        await Api.WaitForAsync(c => c.Method == "answerCallbackQuery" && c.Parameters["text"]?.ToString() == "Этот вопрос уже передан.");
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<CoordinatorQuestion>().CountAsync()));

        await person.PressAsync("Одежда и обувь");
        Assert.Equal("Что именно нужно? Например: «зимние сапоги, 38 размер».", person.LastText);
    }

    [Fact]
    public async Task AQuestionTypedAtTheMainMenu_IsOfferedToACoordinator_AndAGreetingIsGreeted()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        var person = await OnboardingTests.WalkToAsync(bot, 934, OnboardingState.Saved);
        var menu = person.ReplyButtons.ToList();

        await person.SendAsync("Здравствуйте!");
        Assert.Equal("Здравствуйте! Рады вам. Выберите, что нужно, кнопкой внизу экрана.", person.LastText);
        Assert.Equal(menu, person.ReplyButtons);

        await person.SendAsync("Когда будет следующая поездка?");
        Assert.Equal("Похоже, это вопрос. Передать его координатору? Ответ придёт сюда.", person.LastText);
        Assert.Equal(["❓ Передать координатору"], person.InlineButtons.Select(b => b.Text));

        await person.PressAsync("❓ Передать координатору");
        Assert.Equal("Вопрос отправлен координатору. Ответ придёт сюда.", person.LastText);
        await Api.WaitForAsync(c => c.ChatId == Admin && c.Text?.Contains("Когда будет следующая поездка?", StringComparison.Ordinal) == true);
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<CoordinatorQuestion>().CountAsync()));
    }

    [Fact]
    public async Task AWordThatIsNotAQuestion_GetsTheUsualHint_AndNothingIsKept()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var person = await OnboardingTests.WalkToAsync(bot, 932, OnboardingState.Saved);
        await person.TapMenuAsync("🎁 Автобус добра");

        await person.SendAsync("одежда");

        Assert.Equal("Пожалуйста, выберите ответ кнопкой под сообщением.", person.Last.First(c => c.Method == "sendMessage").Text);
        Assert.DoesNotContain(person.Last, c => c.Text?.StartsWith("Похоже, это вопрос", StringComparison.Ordinal) == true);
        Assert.Null((await person.SessionAsync())!.Aside);
    }

    [Fact]
    public async Task AWrongTypedAnswerWithoutAQuestionMark_GetsTheStepsExplanation()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: Settings);
        var person = await OnboardingTests.WalkToAsync(bot, 933, OnboardingState.Saved);
        await person.TapMenuAsync("🎁 Автобус добра");
        await person.PressAsync("Одежда и обувь");

        await person.SendAsync("!!!");

        Assert.DoesNotContain(person.Last, c => c.Text?.StartsWith("Похоже, это вопрос", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("Можно взять внука?", true, true)]
    [InlineData("можно с внуком", false, true)]
    [InlineData("мне нужно не это а другое", false, true)]
    [InlineData("одежда", false, false)]
    [InlineData("Иванова Мария", false, false)]
    [InlineData("Иванова Мария Петровна из Осы", true, false)]
    [InlineData("/help", false, false)]
    [InlineData("???", false, false)]
    public void LooksLikeQuestion_TellsAnAsideFromAnAnswer(string text, bool typingExpected, bool expected) =>
        Assert.Equal(expected, AsideText.LooksLikeQuestion(text, typingExpected));

    [Theory]
    [InlineData("Здравствуйте", true)]
    [InlineData("Добрый день!", true)]
    [InlineData("привет, Анна", true)]
    [InlineData("Здравствуйте, мне нужна машина в четверг", false)]
    [InlineData("добро пожаловать", false)]
    [InlineData("Поездка", false)]
    [InlineData("здравствуйте, когда хор?", false)]
    public void AGreeting_IsAHelloWithLittleAfterIt(string text, bool greeting) =>
        Assert.Equal(greeting, AsideText.LooksLikeGreeting(text));
}
