namespace ClubBot.Tests.Fakes;

/// <summary>A benchmark: prints figures, asserts nothing about speed, and runs only when CLUBBOT_BENCHMARK=1.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    private const string HowToRun = "Benchmark: run with CLUBBOT_BENCHMARK=1 dotnet test -c Release --filter Category=Benchmark";

    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CLUBBOT_BENCHMARK") != "1")
            Skip = HowToRun;
        Timeout = 0;
    }
}
