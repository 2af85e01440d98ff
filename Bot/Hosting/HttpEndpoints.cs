using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClubBot.Hosting.Health;

namespace ClubBot.Hosting;

public static class HttpEndpoints
{
    /// <summary>Health answers in the same snake_case as the Bot API, so one reader's habits serve both.</summary>
    private static readonly JsonSerializerOptions HealthJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Kestrel listens on Http:Urls (health, and the webhook in webhook mode).</summary>
    public static IHostApplicationBuilder AddHttpEndpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .Validate(o => o.MaxSecondsWithoutUpdates >= 70, "Health:MaxSecondsWithoutUpdates must be at least 70 (a long poll lasts up to a minute).")
            .Validate(o => o.MaxOutboxAgeSeconds >= 60, "Health:MaxOutboxAgeSeconds must be at least 60.")
            .ValidateOnStart();
        builder.Services.AddSingleton<UpdateSourceHeartbeat>();
        var urls = builder.Configuration["Http:Urls"];
        if (!string.IsNullOrWhiteSpace(urls))
            builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return builder;
    }

    /// <summary>GET /health: a <see cref="HealthReport"/> as JSON, with 200 when healthy and 503 with the problems named when not.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/health", async (HttpContext http, CancellationToken ct) =>
        {
            var report = await HealthReport.CheckAsync(http.RequestServices, ct);
            return Results.Json(report, HealthJson, statusCode: report.Healthy ? 200 : 503);
        });
        return app;
    }
}
