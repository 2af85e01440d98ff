using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Club;

public static class ClubServiceCollectionExtensions
{
    /// <summary>The club's identity, its texts and the clock.</summary>
    public static IHostApplicationBuilder AddClub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClubOptions>().BindConfiguration(ClubOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ClubOptions>, ClubOptionsValidator>();
        builder.Services.AddSingleton<BotTexts>();
        builder.Services.AddSingleton<ClubTime>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<ClubPhoneCheck>();
        return builder;
    }
}
