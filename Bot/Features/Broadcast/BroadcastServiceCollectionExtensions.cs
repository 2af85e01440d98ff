using ClubBot.Conversations;
using ClubBot.Scheduling;

namespace ClubBot.Features.Broadcast;

public static class BroadcastServiceCollectionExtensions
{
    /// <summary>«📣 Рассылка»: staff write to everyone or a part of the club; held at night; a report when done.</summary>
    public static IHostApplicationBuilder AddBroadcast(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BroadcastSending>();
        builder.Services.AddFlow<BroadcastFlow>();
        builder.Services.AddSingleton<IMenuEntry, BroadcastMenuEntry>();
        builder.AddDueWork<BroadcastDispatch>();
        return builder;
    }
}

/// <summary>«📣 Рассылка» in the staff menu.</summary>
internal sealed class BroadcastMenuEntry(BroadcastFlow flow) : FlowMenuEntry(flow, "MenuBroadcast", 52);
