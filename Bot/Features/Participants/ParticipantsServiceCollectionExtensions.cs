using ClubBot.Conversations;

namespace ClubBot.Features.Participants;

public static class ParticipantsServiceCollectionExtensions
{
    /// <summary>The staff's overview of registered participants.</summary>
    public static IHostApplicationBuilder AddParticipants(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ParticipantsOverview>();
        builder.Services.AddSingleton<IMenuEntry, ParticipantsMenuEntry>();
        return builder;
    }
}
