using System.Diagnostics;
using System.Text;

namespace ClubBot.Tests.Fakes;

/// <summary>The bot as its own process (dotnet Bot.dll), for start-up failures and for killing it without warning.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Peak resident memory of the process so far (VmHWM), in bytes.</summary>
    public long PeakWorkingSet => Status("VmHWM:");

    /// <summary>Resident memory of the process now (VmRSS), in bytes.</summary>
    public long WorkingSet => Status("VmRSS:");

    /// <summary>CPU the bot process has used so far, user and kernel, all threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    private long Status(string key) =>
        File.ReadLines($"/proc/{_process.Id}/status").Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024).Single();

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ClubBot.sln")))
                    return dir.FullName;
            throw new InvalidOperationException("ClubBot.sln not found above the test binaries.");
        }
    }

    /// <summary>Starts Bot.dll (built beside the tests) from the repository root with the given environment.</summary>
    public static BotProcess Start(IDictionary<string, string?> environment) => Start("Bot.dll", environment);

    /// <summary>Starts the bot with the test host's witness that holds every group transaction open (<c>FaultHost</c>).</summary>
    public static BotProcess StartHoldingGroupCommits(IDictionary<string, string?> environment) => Start("Bot.Tests.dll", environment);

    private static BotProcess Start(string assembly, IDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, assembly)])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Telegram__", StringComparison.Ordinal) || k.StartsWith("Storage__", StringComparison.Ordinal)).ToList())
            info.Environment.Remove(key);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        return new BotProcess(Process.Start(info)!);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM: what `docker stop` and systemd send; the host stops gracefully.</summary>
    public void Terminate()
    {
        if (Kill(_process.Id, SignalTerminate) != 0)
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed.");
    }

    private const int SignalTerminate = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>SIGKILL: no graceful stop, no flushing — a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
