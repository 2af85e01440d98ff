using System.Text.Json.Nodes;
using ClubBot.Features.Help;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Help;

/// <summary>At each step of a household request, wrong input gets a kind answer and the step again, and changes nothing.</summary>
public sealed class RequestBadInputTests : FakeBotApiTest
{
    [Fact]
    public async Task ATextOverTheLimit_IsToldTheLimit_AndOneAtTheLimitIsTaken()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 905, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await chat.TapAsync("🛠 Помощь по дому");
        await chat.PressAsync("Уборка — 400 ₽");

        await chat.SendAsync(new string('я', 1001));
        Assert.Equal("Это слишком длинно: можно до 1000 знаков. Напишите, пожалуйста, короче — самое главное.", chat.Last.First(c => c.Method == "sendMessage").Text);
        Assert.Equal("Problem", (await chat.SessionAsync())!.State);

        await chat.SendAsync(new string('я', 1000));
        Assert.Equal("Address", (await chat.SessionAsync())!.State);
    }

    [Fact]
    public async Task EveryKindOfBadInput_AtEveryStepOfAHouseholdRequest_GetsAKindAnswerAndTheStepAgain()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        const long id = 900;
        var chat = await OnboardingTests.WalkToAsync(bot, id, ClubBot.Features.Onboarding.OnboardingState.Saved);
        var oldMessage = chat.History.Last(c => c.MessageId is not null).MessageId!.Value;
        await chat.TapAsync("🛠 Помощь по дому");

        var steps = new (string Step, Func<Task> Answer)[]
        {
            ("Service", () => chat.PressAsync("Уборка — 400 ₽")),
            ("Problem", () => chat.SendAsync("Нужно помыть окна")),
            ("Address", () => chat.SendAsync("ул. Мира, 3, кв. 7")),
            ("Day", () => chat.PressStartingAsync("Завтра, ")),
            ("PartOfDay", () => chat.PressAsync("Днём (12–17)")),
            ("Summary", () => chat.PressAsync("✅ Отправить заявку")),
        };
        var badInputs = new (string Kind, Func<JsonObject> Update)[]
        {
            ("sticker", () => Updates.Sticker(id)),
            ("voice", () => Updates.Voice(id)),
            ("location", () => Updates.Location(id)),
            ("10,000 characters", () => Updates.Text(id, new string('я', 10_000))),
            ("emoji only", () => Updates.Text(id, "😀👍🌸")),
            ("unknown callback", () => Updates.Callback(id, "zz:top:secret")),
            ("callback from an old message", () => Updates.Callback(id, "ob:Summary:ok", oldMessage)),
            ("someone else's contact", () => Updates.Contact(id, "+79990001122", ownerId: 999)),
        };

        foreach (var (step, answer) in steps)
        {
            var session = await chat.SessionAsync();
            Assert.Equal(step, session!.State);
            var question = chat.History.Last(c => c.Method == "sendMessage");
            foreach (var (kind, update) in badInputs)
            {
                var replies = (await chat.PushAsync(update())).Where(c => c.Method == "sendMessage").ToList();

                var because = $"{kind} at {step}";
                Assert.True(replies.Count >= 2, $"{because}: expected a kind answer and the step again, got {replies.Count}");
                Assert.InRange(replies[0].Text!.Length, 10, 300);
                Assert.DoesNotContain("Простите, у нас что-то не получилось", replies[0].Text);
                Assert.True(question.Text == replies[^1].Text, $"{because}: the step was not asked again:\n{replies[^1].Text}");
                Assert.Equal(question.InlineKeyboard, replies[^1].InlineKeyboard);
                var after = await chat.SessionAsync();
                Assert.Equal((session.State, session.Draft), (after!.State, after.Draft));
            }

            await answer();
        }

        Assert.StartsWith("Заявка № 1 принята: Уборка.", chat.LastText);
        var request = await bot.QueryAsync(db => db.Set<HelpRequest>().AsNoTracking().SingleAsync());
        Assert.Equal(("cleaning", "Нужно помыть окна", "Оса, ул. Мира, 3, кв. 7", PartOfDay.Afternoon), (request.Service, request.Details, request.Address, request.PartOfDay));
    }

    [Fact]
    public async Task APhotoWithoutWords_IsKept_AndTheWordsAreAskedFor()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        var chat = await OnboardingTests.WalkToAsync(bot, 901, ClubBot.Features.Onboarding.OnboardingState.Saved);
        await chat.TapAsync("🛠 Помощь по дому");
        await chat.PressAsync("Мелкий ремонт — 300 ₽");

        await chat.PushAsync(Updates.Photo(901));
        Assert.StartsWith("Фото получили", chat.Last.First(c => c.Method == "sendMessage").Text);
        await chat.SendAsync("Сломалась дверца шкафа");

        Assert.StartsWith("Куда прийти?", chat.LastText);
        Assert.Contains("\"PhotoFileId\":\"ph1\"", (await chat.SessionAsync())!.Draft);
    }
}
