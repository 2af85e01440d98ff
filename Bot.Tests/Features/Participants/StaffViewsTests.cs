using ClubBot.Features.Surveys;
using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Help;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Features.Participants;

/// <summary>What staff read in the bot: survey figures and the digest on demand.</summary>
public sealed class StaffViewsTests : FakeBotApiTest
{
    private const long Admin = 980;

    [Fact]
    public async Task Surveys_ShowAverageCountShareSatisfiedByKind_AndComments()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "980" });
        var person = await HelpData.AddPersonAsync(bot, 981);
        await bot.QueryAsync(async db =>
        {
            foreach (var (occasion, score, comment) in new[] { ("activity:1", 5, "Очень душевно"), ("activity:2", 2, (string?)null) })
            {
                var invitation = new SurveyInvitation { PersonId = person, Questionnaire = "after-activity", Occasion = occasion, ActivityKind = "trip", State = InvitationState.Completed, CreatedAt = DateTime.UtcNow };
                db.Add(invitation);
                db.Add(new SurveyAnswer { Invitation = invitation, Question = "quality", Score = score, AnsweredAt = DateTime.UtcNow });
                if (comment is not null)
                    db.Add(new SurveyAnswer { Invitation = invitation, Question = "improve", Text = comment, AnsweredAt = DateTime.UtcNow });
            }

            return await db.SaveChangesAsync();
        });
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");

        await admin.TapMenuAsync("📊 Опросы");

        Assert.Contains("📋 Как прошло занятие", admin.LastText);
        Assert.Contains("Как вам занятие? — 3,5 из 5 (2 отв., довольны 50%)", admin.LastText);
        Assert.Contains("• 🚌 Поездка: 3,5 из 5 (2 отв., довольны 50%)", admin.LastText);
        Assert.Contains("💬 Очень душевно", admin.LastText);
        Assert.Contains("Оценок 1–2: 1", admin.LastText);
    }

    [Fact]
    public async Task Digest_OnDemand_CoversTheLastDay()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = "980" });
        var admin = new TestChat(Api, bot, Admin);
        await admin.SendAsync("/start");
        await OnboardingTests.WalkToAsync(bot, 982, ClubBot.Features.Onboarding.OnboardingState.Saved);

        await admin.TapMenuAsync("📰 Сводка");

        Assert.StartsWith("📰 Сводка на ", admin.LastText);
        Assert.Contains("🆕 Новые участники: 1 — Анна Петрова", admin.LastText);
    }
}
