using Microsoft.Extensions.Options;

namespace ClubBot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The stored outbox and the paced sender that drains it.</summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<People.IPersonalData, OutboxErasure>();
        services.AddOptions<SenderOptions>().BindConfiguration(SenderOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SenderOptions>, SenderOptionsValidator>();
        services.AddSingleton<OutboxOwner>();
        services.AddSingleton<OwnerLiveness>();
        services.AddSingleton<SendPacer>();
        services.AddSingleton<TelegramDelivery>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxMarks>();
        services.AddSingleton<SendStage>();
        services.AddSingleton<IOutboxPost>(sp => sp.GetRequiredService<SendStage>());
        services.AddScoped<Storage.UnitOfWork>();
        services.AddScoped<OutboxWriter>();
        services.AddHostedService<OutboxLeases>();
        return builder;
    }
}
