using System.Text.Json.Nodes;
using ClubBot.Features.Onboarding;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Onboarding;

/// <summary>Whatever a person sends at a step, they get a short kind answer and the step again, and nothing wrong is stored.</summary>
public sealed class OnboardingBadInputTests : FakeBotApiTest
{
    [Fact]
    public async Task EveryKindOfBadInput_AtEveryStep_GetsAKindAnswerAndTheStepAgain()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: OnboardingTests.Fast);
        const long id = 820;
        var chat = new TestChat(Api, bot, id);
        await chat.SendAsync("/start");
        var consentMessage = chat.History.Last();

        var steps = new (OnboardingState Step, Func<Task> Answer)[]
        {
            (OnboardingState.Consent, () => chat.PressAsync("✅ Согласен")),
            (OnboardingState.Name, () => chat.SendAsync("Анна Петрова")),
            (OnboardingState.Phone, () => chat.ShareContactAsync("+79141234567")),
            (OnboardingState.Settlement, () => chat.PressAsync("✏️ Другое")),
            (OnboardingState.SettlementOther, () => chat.SendAsync("д. Заречная")),
            (OnboardingState.Category, () => chat.PressAsync("Другое")),
            (OnboardingState.Interests, () => chat.PressAsync("✔️ Готово")),
            (OnboardingState.Summary, () => chat.PressAsync("✅ Всё верно")),
        };
        var badInputs = new (string Kind, Func<JsonObject> Update)[]
        {
            ("sticker", () => Updates.Sticker(id)),
            ("photo", () => Updates.Photo(id)),
            ("voice", () => Updates.Voice(id)),
            ("location", () => Updates.Location(id)),
            ("10,000 characters", () => Updates.Text(id, new string('я', 10_000))),
            ("emoji only", () => Updates.Text(id, "😀👍🌸")),
            ("unknown callback", () => Updates.Callback(id, "zz:top:secret", messageId: 1)),
            ("callback from an old message", () => Updates.Callback(id, "ob:Consent:yes", consentMessage.MessageId!.Value)),
            ("someone else's contact", () => Updates.Contact(id, "+79990001122", ownerId: 999)),
        };

        foreach (var (step, answer) in steps)
        {
            var session = await chat.SessionAsync();
            Assert.Equal(step.ToString(), session!.State);
            var question = chat.History.Last(c => c.Method == "sendMessage");
            foreach (var (kind, update) in badInputs)
            {
                if (step == OnboardingState.Consent && kind == "callback from an old message")
                    continue; // At the first step that button is the current one.
                var replies = (await chat.PushAsync(update())).Where(c => c.Method == "sendMessage").ToList();

                var because = $"{kind} at {step}";
                Assert.True(replies.Count >= 2, $"{because}: expected a kind answer and the step again, got {replies.Count} message(s)");
                Assert.InRange(replies[0].Text!.Length, 10, 300);
                Assert.DoesNotContain("Простите, у нас что-то не получилось", replies[0].Text);
                var again = replies[^1];
                Assert.True(question.Text!.EndsWith(again.Text!, StringComparison.Ordinal), $"{because}: the step was not asked again:\n{again.Text}");
                Assert.Equal(question.InlineKeyboard, again.InlineKeyboard);
                if (question.HasReplyKeyboard)
                    Assert.Equal(question.ReplyKeyboard, again.ReplyKeyboard);
                var after = await chat.SessionAsync();
                Assert.Equal((session.State, session.Draft), (after!.State, after.Draft));
            }

            await answer();
        }

        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.TelegramUserId == id));
        Assert.Equal(("Анна Петрова", "+79141234567", "д. Заречная", PersonCategory.Other, (string?)null),
            (person.Name, person.Phone, person.Settlement, person.Category, person.Interests));
    }
}
