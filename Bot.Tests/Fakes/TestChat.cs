using System.Text.Json.Nodes;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Fakes;

/// <summary>
/// A person's private chat with the bot, driven the way a person would: type, press a button the bot actually
/// sent, share a contact. Each action waits until the bot has handled it and sent everything it queued, and
/// returns what came back.
/// </summary>
public sealed class TestChat(FakeBotApi api, BotUnderTest bot, long id)
{
    private int _seen = api.Calls.Count(c => IsOurs(c, id));

    public long Id { get; } = id;

    public BotUnderTest Bot { get; set; } = bot;

    /// <summary>Everything the bot sent to this chat (messages and edits), in order.</summary>
    public IReadOnlyList<RecordedCall> History => api.Calls.Where(c => IsOurs(c, Id)).ToList();

    /// <summary>The messages of the last answer.</summary>
    public IReadOnlyList<RecordedCall> Last { get; private set; } = [];

    /// <summary>The text of the last message of the last answer.</summary>
    public string LastText => Last.LastOrDefault(c => c.Method == "sendMessage")?.Text ?? "";

    /// <summary>The reply keyboard the person sees now: the last one sent, until one replaces or removes it.</summary>
    public IReadOnlyList<string> ReplyButtons =>
        History.LastOrDefault(c => c.Method == "sendMessage" && (c.HasReplyKeyboard || c.RemovesReplyKeyboard))?.ReplyKeyboard.SelectMany(r => r).ToList() ?? [];

    /// <summary>The inline buttons still under the newest message that has any, after the edits made to it.</summary>
    public IReadOnlyList<(string Text, string? Data)> InlineButtons => CurrentInline().Buttons;

    public Task<IReadOnlyList<RecordedCall>> SendAsync(string text) => PushAsync(Updates.Text(Id, text));

    /// <summary>Presses a reply-keyboard button the person can see now.</summary>
    public Task<IReadOnlyList<RecordedCall>> TapAsync(string label)
    {
        Assert.Contains(label, ReplyButtons);
        return SendAsync(label);
    }

    /// <summary>Presses a main-menu button, turning the menu's pages until it is there (a staff menu has several).</summary>
    public async Task<IReadOnlyList<RecordedCall>> TapMenuAsync(string label)
    {
        for (var turns = 0; turns < 5 && !ReplyButtons.Contains(label) && ReplyButtons.Contains("Ещё ▶️"); turns++)
            await TapAsync("Ещё ▶️");
        return await TapAsync(label);
    }

    /// <summary>Presses an inline button the bot sent and has not taken away.</summary>
    public Task<IReadOnlyList<RecordedCall>> PressAsync(string label)
    {
        var (messageId, buttons) = CurrentInline();
        var button = buttons.FirstOrDefault(b => b.Text == label);
        Assert.True(button.Data is not null, $"No button «{label}» under the last message; there are: {string.Join(" | ", buttons.Select(b => b.Text))}");
        return PushAsync(Updates.Callback(Id, button.Data!, messageId));
    }

    /// <summary>Presses the one inline button whose label begins with <paramref name="start"/> («Завтра, » whatever the date).</summary>
    public Task<IReadOnlyList<RecordedCall>> PressStartingAsync(string start)
    {
        var (messageId, buttons) = CurrentInline();
        var matching = buttons.Where(b => b.Text.StartsWith(start, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count == 1, $"Not one button beginning «{start}» under the last message; there are: {string.Join(" | ", buttons.Select(b => b.Text))}");
        return PushAsync(Updates.Callback(Id, matching[0].Data!, messageId));
    }

    /// <summary>Presses a button still live under an older message (one the step shown since has not replaced).</summary>
    public Task<IReadOnlyList<RecordedCall>> PressEarlierAsync(string label)
    {
        var (messageId, button) = LiveKeyboards().Reverse().SelectMany(k => k.Value.Select(b => (k.Key, b))).FirstOrDefault(x => x.b.Item1 == label);
        Assert.True(button.Item2 is not null, $"No live button «{label}» under any message");
        return PushAsync(Updates.Callback(Id, button.Item2!, messageId));
    }

    public Task<IReadOnlyList<RecordedCall>> ShareContactAsync(string phone) => PushAsync(Updates.Contact(Id, phone, Id));

    /// <summary>
    /// Sends any update and waits for the bot to finish with it: the update handled, everything to this chat and
    /// every reply to anyone (a participant told of a volunteer) delivered. Bulk messages to others may still be on their way.
    /// </summary>
    public async Task<IReadOnlyList<RecordedCall>> PushAsync(JsonObject update)
    {
        var updateId = api.Push(update);
        await Bot.WaitUntilAsync(async db =>
            await db.Set<InboxUpdate>().AnyAsync(u => u.UpdateId == updateId && u.HandledAt != null)
            && !await db.Set<OutboxMessage>().AnyAsync(m => (m.ChatId == Id || m.Priority == OutboxPriority.Reply) && m.State == OutboxState.Pending));
        var calls = History;
        Last = calls.Skip(_seen).ToList();
        _seen = calls.Count;
        return Last;
    }

    /// <summary>The conversation state stored for this chat.</summary>
    public Task<ConversationSession?> SessionAsync() =>
        Bot.QueryAsync(db => db.Set<ConversationSession>().AsNoTracking().SingleOrDefaultAsync(s => s.ChatId == Id));

    private (long MessageId, IReadOnlyList<(string Text, string? Data)> Buttons) CurrentInline()
    {
        var newest = LiveKeyboards().LastOrDefault();
        return (newest.Key, newest.Value ?? []);
    }

    /// <summary>Messages with buttons still under them, oldest first.</summary>
    private IEnumerable<KeyValuePair<long, IReadOnlyList<(string, string?)>>> LiveKeyboards()
    {
        var keyboards = new Dictionary<long, IReadOnlyList<(string, string?)>>();
        foreach (var call in History)
        {
            if (call.Method == "sendMessage" && call.MessageId is { } sent)
                keyboards[sent] = call.InlineKeyboard.SelectMany(r => r).ToList();
            else if (call.Method == "editMessageReplyMarkup" && call.Parameters["message_id"] is { } edited)
                keyboards[(long)edited] = call.InlineKeyboard.SelectMany(r => r).ToList();
        }

        return keyboards.Where(k => k.Value.Count > 0).OrderBy(k => k.Key);
    }

    private static bool IsOurs(RecordedCall c, long chatId) =>
        c.Succeeded && c.ChatId == chatId && c.Method is "sendMessage" or "editMessageReplyMarkup" or "editMessageText" or "sendDocument" or "sendPhoto";
}
