using ClubBot.Conversations;

namespace ClubBot.Features.About;

public static class AboutServiceCollectionExtensions
{
    /// <summary>«О клубе» and «Телефон центра».</summary>
    public static IHostApplicationBuilder AddAbout(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IMenuEntry, AboutMenuEntry>();
        builder.Services.AddSingleton<IMenuEntry, CallCentreMenuEntry>();
        return builder;
    }
}
