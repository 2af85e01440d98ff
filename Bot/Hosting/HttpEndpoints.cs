using ClubBot.Storage;

namespace ClubBot.Hosting;

public static class HttpEndpoints
{
    /// <summary>Kestrel listens on Http:Urls (health, and the webhook in webhook mode).</summary>
    public static IHostApplicationBuilder AddHttpEndpoints(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["Http:Urls"];
        if (!string.IsNullOrWhiteSpace(urls))
            builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return builder;
    }

    /// <summary>GET /health: 200 when the database answers, 503 when it does not.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", async (BotDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct) ? Results.Text("ok") : Results.Text("database unavailable", statusCode: 503));
        return app;
    }
}
