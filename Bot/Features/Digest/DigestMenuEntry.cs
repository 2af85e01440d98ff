using ClubBot.Conversations;

namespace ClubBot.Features.Digest;

/// <summary>«📰 Сводка»: the digest of the last day, now.</summary>
internal sealed class DigestMenuEntry(DigestComposer composer) : IMenuEntry
{
    public string LabelKey => "MenuDigest";

    public int Order => 39;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public async Task OpenAsync(FlowContext context) =>
        await context.Navigation.LeaveAsync(await composer.ComposeAsync(context.Update.Db, context.Update.Now.AddDays(-1), context.Update.Now));
}
