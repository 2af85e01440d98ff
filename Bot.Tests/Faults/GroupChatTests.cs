using System.Text.Json.Nodes;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Faults;

/// <summary>The bot talks only in private chats; a group never gets a conversation or anyone's messages.</summary>
public sealed class GroupChatTests : FakeBotApiTest
{
    private const long AdminId = 1601;
    private const long GroupId = -100777;

    private static JsonObject InGroup(long userId, string text, string type = "supergroup")
    {
        var update = Updates.Text(userId, text);
        update["message"]!["chat"] = new JsonObject { ["id"] = GroupId, ["type"] = type, ["title"] = "Клуб" };
        return update;
    }

    [Fact]
    public async Task CommandInAGroup_IsAnsweredOnceThere_TheBotLeaves_AndPrivateNoticesStayPrivate()
    {
        await using var bot = await BotUnderTest.StartAsync(Api, settings: new Dictionary<string, string?> { ["Club:Admins:0"] = AdminId.ToString() });
        var admin = new TestChat(Api, bot, AdminId);
        await admin.SendAsync("/start");

        Api.Push(InGroup(AdminId, "/help@club_bot"));
        Api.Push(InGroup(AdminId, "/start@club_bot"));
        Api.Push(InGroup(1602, "/start@club_bot", "group"));

        var notice = Assert.Single(await Api.WaitForMessagesAsync(GroupId));
        Assert.Contains("только в личной переписке", notice.Text);
        await Api.WaitForAsync(c => c.Method == "leaveChat" && c.ChatId == GroupId);
        await bot.WaitUntilAsync(db => db.Set<ClubBot.Pipeline.InboxUpdate>().AllAsync(u => u.HandledAt != null));
        Assert.Single(Api.Sent(GroupId));
        var person = await bot.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.TelegramUserId == AdminId));
        Assert.Equal(AdminId, person.ChatId);
        Assert.False(await bot.QueryAsync(db => db.Set<Person>().AnyAsync(p => p.TelegramUserId == 1602)));
        Assert.False(await bot.QueryAsync(db => db.Set<ClubBot.Conversations.ConversationSession>().AnyAsync(s => s.ChatId == GroupId)));

        // The admin's private chat still works as before.
        await admin.SendAsync("/help");
        Assert.Contains("Нажимайте кнопки", admin.Last.First().Text);
    }

    [Fact]
    public async Task ButtonPressedUnderAGroupMessage_ChangesNothing_AndSaysNothing()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        var press = Updates.Callback(1603, "pv:erase");
        press["callback_query"]!["message"]!["chat"] = new JsonObject { ["id"] = GroupId, ["type"] = "supergroup", ["title"] = "Клуб" };
        Api.Push(press);
        Api.Push(Updates.Text(1604, "/start"));

        await Api.WaitForMessagesAsync(1604);
        await Api.WaitForAsync(c => c.Method == "answerCallbackQuery");
        Assert.Empty(Api.Sent(GroupId));
        Assert.Empty(Api.Sent(1603));
    }

    [Fact]
    public async Task BotAddedToAGroup_SaysWhereToFindIt_AndLeaves()
    {
        await using var bot = await BotUnderTest.StartAsync(Api);
        var added = Updates.Blocked(1605);
        added["my_chat_member"]!["chat"] = new JsonObject { ["id"] = GroupId, ["type"] = "group", ["title"] = "Клуб" };
        added["my_chat_member"]!["new_chat_member"]!["status"] = "member";
        added["my_chat_member"]!["old_chat_member"]!["status"] = "left";
        Api.Push(added);

        Assert.Contains("только в личной переписке", Assert.Single(await Api.WaitForMessagesAsync(GroupId)).Text);
        await Api.WaitForAsync(c => c.Method == "leaveChat" && c.ChatId == GroupId);
        Assert.False(await bot.QueryAsync(db => db.Set<Person>().AnyAsync()));
    }
}
