using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Telegram.Types;

namespace ClubBot.Pipeline;

/// <summary>One update being handled: its unit of work, the person behind it, and the way to answer.</summary>
public sealed class UpdateContext(Update update, long chatId, BotDbContext db, OutboxWriter outbox, DateTime now)
{
    public Update Update { get; } = update;

    public long ChatId { get; } = chatId;

    public BotDbContext Db { get; } = db;

    public OutboxWriter Outbox { get; } = outbox;

    /// <summary>The time the handling started (UTC).</summary>
    public DateTime Now { get; } = now;

    /// <summary>Who sent the update, known to the bot from the first update on.</summary>
    public Person? Person { get; set; }

    /// <summary>A short notice shown on top of the chat when a button was pressed; null answers silently.</summary>
    public string? CallbackAnswer { get; set; }

    /// <summary>The text of a message, trimmed, or null.</summary>
    public string? Text => Update.Message?.Text?.Trim();

    /// <summary>Queues a reply in this unit of work; it is sent after the handling commits.</summary>
    public void Reply(string text, ReplyMarkup? markup = null) => Outbox.SendText(ChatId, text, markup);
}
