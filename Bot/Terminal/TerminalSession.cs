using ClubBot.Outbox;
using ClubBot.Pipeline;
using ClubBot.Storage;
using ClubBot.Texts;
using ClubBot.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ClubBot.Terminal;

/// <summary>
/// Console mode's update source: what the person types or picks becomes an update, handed to the same intake
/// as polling and webhook. Before each prompt it waits until the bot has answered, so the screen reads like a
/// chat. <c>/exit</c> or the end of input (Ctrl+D) stops the bot; an empty line only asks again.
/// </summary>
public sealed class TerminalSession(
    TerminalIO io,
    TerminalScreen screen,
    TerminalMailbox mailbox,
    BotTexts texts,
    IntakeStage intake,
    IServiceScopeFactory scopes,
    IOptions<TerminalOptions> options,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan IdleCheck = TimeSpan.FromMilliseconds(25);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        // The host finishes starting (migrations, sender) before the first update goes in, and a session that ends
        // at once must not ask the host to stop while it is still starting.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(ct);
        var user = new User { Id = options.Value.UserId, FirstName = options.Value.FirstName };
        var chat = new Chat { Id = user.Id, Type = ChatType.Private, FirstName = user.FirstName };
        var nextId = (int)((await intake.LastUpdateIdAsync(ct) ?? 0) + 1);
        var messageId = 0;

        var welcome = await RegisteredNameAsync(user.Id, ct) is { } name
            ? texts.Format("TerminalWelcomeBack", name, user.Id)
            : texts.Format("TerminalWelcome", user.FirstName, user.Id);
        io.Output.MarkupLine($"[grey]{Markup.Escape(welcome)}[/]");
        ShowWhatWaited(user.Id);
        while (!ct.IsCancellationRequested)
        {
            await WaitUntilAnsweredAsync(user.Id, ct);
            var choices = screen.Choices();
            screen.ShowChoices(choices);
            var line = await io.Input.ReadLineAsync(ct);
            if (line is null || line.Trim() == "/exit")
                break;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            line = line.Trim();
            screen.StartAnswer();
            var update = choices.FirstOrDefault(c => c.IsChosenBy(line)) is { } choice
                ? Press(nextId, choice, user, chat, ++messageId)
                : new Update { Id = nextId, Message = Said(++messageId, chat, user, text: line) };
            nextId++;
            await intake.AcceptAsync(ReceivedUpdate.Made(update), ct);
        }

        lifetime.StopApplication();
    }

    /// <summary>What the bot sent this person while someone else sat at the terminal.</summary>
    private void ShowWhatWaited(long userId)
    {
        var waiting = mailbox.Take(userId);
        if (waiting.Count == 0)
            return;
        io.Output.MarkupLine($"[grey]{Markup.Escape(texts["TerminalWhileAway"])}[/]");
        foreach (var (method, parameters) in waiting)
        {
            if (method == "sendMessage")
                screen.ShowMessage(parameters);
            else
                screen.ShowDocument(parameters.TryGetProperty("file_name", out var name) ? name.GetString() ?? "" : "🖼", parameters.TryGetProperty("caption", out var caption) ? caption.GetString() : null,
                    parameters.TryGetProperty("path", out var path) ? path.GetString() : null);
        }
    }

    private Update Press(int updateId, TerminalScreen.Choice choice, User user, Chat chat, int messageId)
    {
        if (choice.Inline is { } inline)
        {
            var pressedOn = Said((int)choice.MessageId!.Value, chat, from: null);
            return new Update
            {
                Id = updateId,
                CallbackQuery = new CallbackQuery { Id = $"t{updateId}", From = user, ChatInstance = $"terminal{chat.Id}", Message = pressedOn, Data = inline.CallbackData },
            };
        }

        if (choice.Reply!.RequestContact)
        {
            var phone = AskPhone();
            return new Update { Id = updateId, Message = Said(messageId, chat, user, contact: new Contact { PhoneNumber = phone, FirstName = user.FirstName, UserId = user.Id }) };
        }

        return new Update { Id = updateId, Message = Said(messageId, chat, user, text: choice.Reply.Text) };
    }

    private string AskPhone()
    {
        io.Output.Markup($"[grey]{Markup.Escape(texts["TerminalAskPhone"])}[/] ");
        return io.Input.ReadLine()?.Trim() ?? "";
    }

    /// <summary>The name a person registered with, to greet them by it when they come back.</summary>
    private async Task<string?> RegisteredNameAsync(long userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<People.Person>()
            .Where(p => p.TelegramUserId == userId && p.RegisteredAt != null && p.ErasedAt == null).Select(p => p.Name).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every update handled and every message to this chat delivered.</summary>
    private async Task WaitUntilAnsweredAsync(long chatId, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
                if (!await db.Set<InboxUpdate>().AnyAsync(u => u.HandledAt == null, ct)
                    && !await db.Set<OutboxMessage>().AnyAsync(m => m.ChatId == chatId && m.State == OutboxState.Pending, ct))
                    return;
            }

            await Task.Delay(IdleCheck, ct);
        }
    }

    private static Message Said(int id, Chat chat, User? from, string? text = null, Contact? contact = null) =>
        new() { Id = id, Date = DateTime.UtcNow, Chat = chat, From = from, Text = text, Contact = contact };
}
