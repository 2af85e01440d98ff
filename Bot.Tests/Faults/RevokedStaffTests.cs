using ClubBot.Tests.Fakes;
using ClubBot.Tests.Features.Onboarding;

namespace ClubBot.Tests.Faults;

/// <summary>A person who is no longer staff is never shown a staff screen again, whatever they press or type.</summary>
public sealed class RevokedStaffTests : FakeBotApiTest
{
    private const long Admin = 2201;

    [Theory]
    [InlineData("/help")]
    [InlineData("⬅️ Назад")]
    [InlineData("Дом культуры")]
    public async Task AdminRemovedWhileInAStaffScreen_NextInputLeavesIt_WithoutShowingStaffData(string input)
    {
        var database = new TestDatabase();
        try
        {
            var asAdmin = new Dictionary<string, string?>(OnboardingTests.Fast) { ["Club:Admins:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            await using (var bot = await BotUnderTest.StartAsync(Api, database, asAdmin))
            {
                var admin = new TestChat(Api, bot, Admin);
                await admin.SendAsync("/start");
                await admin.TapAsync("🗂 Занятия");
                await admin.PressAsync("➕ Новое занятие");
            }

            await using (var bot = await BotUnderTest.StartAsync(Api, database, new Dictionary<string, string?>(OnboardingTests.Fast)))
            {
                var former = new TestChat(Api, bot, Admin);
                await former.SendAsync(input);

                var texts = former.Last.Where(c => c.Method == "sendMessage").Select(c => c.Text).ToList();
                Assert.Contains("Этот раздел только для сотрудников центра.", texts);
                Assert.DoesNotContain("🗂 Занятия", former.ReplyButtons);
                Assert.DoesNotContain(former.InlineButtons, b => b.Data?.StartsWith("sa", StringComparison.Ordinal) == true || b.Data?.StartsWith("ed", StringComparison.Ordinal) == true);
            }
        }
        finally
        {
            database.Dispose();
        }
    }
}
