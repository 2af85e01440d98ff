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
        builder.Services.AddDueWork<DailyDigest>();
        builder.Services.AddSingleton<IMenuEntry, DigestMenuEntry>();
        return builder;
    }
}

/// <summary>«📰 Сводка»: the digest of the last day, now.</summary>
internal sealed class DigestMenuEntry(DigestComposer composer) : IMenuEntry
{
    public string LabelKey => "MenuDigest";

    public int Order => 39;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public async Task OpenAsync(FlowContext context) =>
        await context.LeaveAsync(await composer.ComposeAsync(context.Update.Db, context.Update.Now.AddDays(-1), context.Update.Now));
}
