using Microsoft.Extensions.Options;

namespace ClubBot.Hosting;

/// <summary>
/// Ends the process when a stop outlasts the host's shutdown time-out. The host only cancels the token it gives
/// each service; one that keeps waiting (a send to a Bot API that has gone quiet) would keep the process alive,
/// and a bot that ignores SIGTERM is killed by its supervisor anyway. Leaving here is as safe as a crash: what was
/// not confirmed is in the inbox and the outbox for the next start. Only the real process arms it, never a test host.
/// </summary>
internal static class ShutdownWatchdog
{
    /// <summary>Time after the shutdown time-out for the host's own last steps (disposal, flushing the log).</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>The exit code of a stop the watchdog had to end.</summary>
    internal const int ExitCode = 3;

    public static void Arm(IServiceProvider services)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        var limit = services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout + Grace;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ShutdownWatchdog));
        lifetime.ApplicationStopping.Register(() =>
        {
            // A plain thread, not the pool: a stop that hangs may be starving the pool too.
            var watchdog = new Thread(() =>
            {
                Thread.Sleep(limit);
                log.LogError("Stopping took longer than {Seconds} s; leaving now, the unfinished work resumes at the next start", limit.TotalSeconds);
                Environment.Exit(ExitCode);
            })
            { IsBackground = true, Name = "shutdown watchdog" };
            watchdog.Start();
        });
    }
}
