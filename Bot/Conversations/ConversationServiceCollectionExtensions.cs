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
        builder.Services.AddSingleton<MenuChangeNotice>();
        builder.Services.AddScoped<IUpdateHandler, ConversationRouter>();
        builder.Services.AddSingleton<IPersonalData, SessionErasure>();
        return builder;
    }

    /// <summary>
    /// Registers a flow for the router, and as itself for the flows and buttons that open it. A flow that goes
    /// back to the one that opened it does so by name (<see cref="FlowNavigation.GoToAsync"/>).
    /// </summary>
    public static IServiceCollection AddFlow<T>(this IServiceCollection services)
        where T : class, IFlow
    {
        services.AddSingleton<T>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
