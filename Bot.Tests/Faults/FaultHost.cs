using ClubBot.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClubBot.Tests.Faults;

/// <summary>
/// The entry point of Bot.Tests.dll run as a program (<see cref="Fakes.BotProcess.StartHoldingGroupCommits"/>): the
/// bot exactly as it ships, plus a witness that holds each group transaction open once it is written, so a test can
/// kill the process inside one. The test runner never calls it.
/// </summary>
public static class FaultHost
{
    public static async Task<int> Main(string[] args)
    {
        await using var app = Program.Build(args, customize: b => b.Services.AddSingleton<IGroupCommitWitness, HoldOpen>());
        await app.RunAsync();
        return 0;
    }

    private sealed class HoldOpen(ILogger<HoldOpen> log) : IGroupCommitWitness
    {
        public async Task WrittenAsync(int units)
        {
            log.LogWarning("Holding a transaction of {Count} units open until the process is killed", units);
            await Task.Delay(Timeout.Infinite);
        }
    }
}
