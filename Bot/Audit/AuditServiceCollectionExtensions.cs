using ClubBot.Pipeline;

namespace ClubBot.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The journal of staff changes, kept for <c>Audit:KeepDays</c>.</summary>
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section)
            .Validate(o => o.KeepDays is >= 30 and <= 3650, "Audit:KeepDays must be between 30 and 3650.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<IPrunable, AuditPruning>();
        builder.Services.AddSingleton<People.IPersonalData, AuditErasure>();
        return builder;
    }
}
