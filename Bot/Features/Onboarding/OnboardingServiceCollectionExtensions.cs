using ClubBot.Conversations;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>Registration and «Мой профиль».</summary>
    public static IHostApplicationBuilder AddOnboarding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OnboardingOptions>().BindConfiguration(OnboardingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OnboardingOptions>, OnboardingOptionsValidator>();
        builder.Services.AddSingleton<OnboardingSteps>();
        builder.Services.AddFlow<OnboardingFlow>();
        builder.Services.AddSingleton<IMenuEntry, RegisterMenuEntry>();
        builder.Services.AddSingleton<IMenuEntry, ProfileMenuEntry>();
        return builder;
    }
}
