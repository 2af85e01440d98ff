using ClubBot.Conversations;

namespace ClubBot.Features.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>«🔒 Мои данные»: see, delete, withdraw consent.</summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PrivacyFlow>();
        builder.Services.AddSingleton<IFlow>(sp => sp.GetRequiredService<PrivacyFlow>());
        builder.Services.AddSingleton<IMenuEntry, MyDataMenuEntry>();
        return builder;
    }
}

/// <summary>Everyone may see what is stored about them, registered or not.</summary>
internal sealed class MyDataMenuEntry(PrivacyFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuMyData";

    public int Order => 85;

    public bool IsFor(Audience audience) => true;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}
