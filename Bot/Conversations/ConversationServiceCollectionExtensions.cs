using ClubBot.People;
using ClubBot.Pipeline;

namespace ClubBot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The router, sessions, menus and keyboards every flow uses.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section)
            .Validate(o => o.SessionTimeoutHours > 0, "Conversations:SessionTimeoutHours must be more than 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Keyboards>();
        builder.Services.AddSingleton<StaffDirectory>();
        builder.Services.AddSingleton<MainMenu>();
        builder.Services.AddScoped<IUpdateHandler, ConversationRouter>();
        return builder;
    }
}
