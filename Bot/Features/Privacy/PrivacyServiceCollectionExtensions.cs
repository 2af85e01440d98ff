using ClubBot.Conversations;

namespace ClubBot.Features.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>«🔒 Мои данные»: see, delete, withdraw consent.</summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PersonEraser>();
        builder.Services.AddFlow<PrivacyFlow>();
        builder.Services.AddSingleton<IMenuEntry, MyDataMenuEntry>();
        return builder;
    }
}
