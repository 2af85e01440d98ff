using ClubBot.Texts;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace ClubBot.Transport;

/// <summary>Puts /start and /help in the chat's menu button, once per start; a failure only costs the menu.</summary>
internal sealed class BotCommandsRegistration(BotApi api, BotTexts texts, ILogger<BotCommandsRegistration> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            await api.CallAsync(new SetMyCommandsRequest { Commands = [new BotCommand("start", texts["CommandStart"]), new BotCommand("help", texts["CommandHelp"])] }, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("setMyCommands failed: {Error}", ex.Message);
        }
    }
}
