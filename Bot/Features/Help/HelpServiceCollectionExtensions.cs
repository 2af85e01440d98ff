using ClubBot.Conversations;
using ClubBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>Household help, rides and charity aid: the participants' requests and the coordinators' «Заявки».</summary>
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        var s = builder.Services;
        s.AddOptions<HelpOptions>().BindConfiguration(HelpOptions.Section).ValidateOnStart();
        s.AddSingleton<IValidateOptions<HelpOptions>, HelpOptionsValidator>();
        s.AddSingleton<RequestCards>();
        s.AddSingleton<RequestNotices>();
        s.AddSingleton<RequestStatusChanges>();
        s.AddSingleton<RidePickups>();
        s.AddSingleton<Activities.ISignUpRides, SignUpRides>();
        s.AddSingleton<People.IPersonalData, RequestsErasure>();
        s.AddSingleton<Conversations.IStaffBacklog, RequestsBacklog>();
        s.AddFlow<HouseholdFlow>();
        s.AddFlow<RideFlow>();
        s.AddFlow<AidFlow>();
        s.AddFlow<MyRequestsFlow>();
        s.AddFlow<StaffRequestsFlow>();
        s.AddFlow<MessageParticipantFlow>();
        s.AddFlow<RidePickupFlow>();
        s.AddFlow<TripPickupFlow>();
        s.AddSingleton<IMessageButtons, TripButtons>();
        s.AddSingleton<IMessageButtons, StaffRequestButtons>();
        s.AddSingleton<IMessageButtons, RideReminderButtons>();
        s.AddSingleton<IMenuEntry, HouseholdMenuEntry>();
        s.AddSingleton<IMenuEntry, RideMenuEntry>();
        s.AddSingleton<IMenuEntry, AidMenuEntry>();
        s.AddSingleton<IMenuEntry, MyRequestsMenuEntry>();
        s.AddSingleton<IMenuEntry, StaffRequestsMenuEntry>();
        builder.AddDueWork<HelpReminders>();
        return builder;
    }
}
