using ClubBot.Conversations;
using ClubBot.Scheduling;

namespace ClubBot.Features.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>The coordinators' morning digest, and «📰 Сводка» to read it now.</summary>
    public static IHostApplicationBuilder AddDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section)
            .Validate(o => TimeOnly.TryParseExact(o.Time, "HH:mm", out _), "Digest:Time must be a time like 08:00.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DigestComposer>();
        builder.AddDueWork<DailyDigest>();
        builder.Services.AddSingleton<IMenuEntry, DigestMenuEntry>();
        return builder;
    }
}
