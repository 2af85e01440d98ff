using ClubBot.Telegram.Types;
using ClubBot.Texts;

namespace ClubBot.Telegram;

/// <summary>Puts /start and /help in the chat's menu button, once per start; a failure only costs the menu.</summary>
internal sealed class BotCommandsRegistration(TelegramClient client, BotTexts texts, ILogger<BotCommandsRegistration> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            await client.SetMyCommandsAsync([new BotCommand("start", texts["CommandStart"]), new BotCommand("help", texts["CommandHelp"])], ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("setMyCommands failed: {Error}", ex.Message);
        }
    }
}
