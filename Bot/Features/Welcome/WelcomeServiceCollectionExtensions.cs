using ClubBot.Pipeline;

namespace ClubBot.Features.Welcome;

public static class WelcomeServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddWelcome(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IUpdateHandler, WelcomeHandler>();
        return builder;
    }
}
