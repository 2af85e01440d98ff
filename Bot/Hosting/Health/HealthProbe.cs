namespace ClubBot.Hosting;

/// <summary>`Bot --health-probe`: asks the running bot's /health, for container health checks in images without curl.</summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync()
    {
        var url = (Environment.GetEnvironmentVariable("Http__Urls") ?? "http://127.0.0.1:8080").Split(';')[0]
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("+", "127.0.0.1", StringComparison.Ordinal).Replace("*", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await http.GetAsync($"{url.TrimEnd('/')}/health");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
