using Microsoft.Extensions.Options;

namespace ClubBot.Club;

/// <summary>
/// No phone ships with the bot (a placeholder shown to people would be dialled). While <c>Club:Phone</c> is not set
/// the bot shows no number and says so once at start, so the centre notices before its people do.
/// </summary>
internal sealed class ClubPhoneCheck(IOptions<ClubOptions> club, ILogger<ClubPhoneCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(club.Value.Phone))
            log.LogWarning("Club:Phone is not set: no phone number is shown to people; where one would be, they are told a coordinator will answer or call");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
