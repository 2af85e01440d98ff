using ClubBot.Conversations;
using ClubBot.Outbox;

namespace ClubBot.Features.Calls;

public static class CallsServiceCollectionExtensions
{
    /// <summary>«📞 Кому позвонить»: the people a coordinator should phone, on demand and counted in the digest.</summary>
    public static IHostApplicationBuilder AddCalls(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CallList>();
        builder.Services.AddSingleton<IMenuEntry, CallListMenuEntry>();
        return builder;
    }
}

/// <summary>«📞 Кому позвонить» in the staff menu: the first lines as a message, everyone in a CSV file.</summary>
internal sealed class CallListMenuEntry(CallList calls) : IMenuEntry
{
    public string LabelKey => "MenuCalls";

    public int Order => 53;

    public bool IsFor(Audience audience) => audience.IsStaff;

    public async Task OpenAsync(FlowContext context)
    {
        var entries = await calls.BuildAsync(context.Update.Db, context.Update.Now);
        await context.Navigation.LeaveAsync(calls.Message(entries));
        if (entries.Count > 0)
            context.Update.Outbox.SendDocument(context.Update.ChatId, new OutgoingFile("call-list.csv", calls.Csv(entries), "text/csv"), priority: Outbox.OutboxPriority.Reply);
    }
}
