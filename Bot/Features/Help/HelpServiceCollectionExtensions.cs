using ClubBot.Conversations;
using ClubBot.Features.Questions;
using ClubBot.Features.Volunteers;
using ClubBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>Help requests, questions for coordinators, and the volunteers' task board.</summary>
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        var s = builder.Services;
        s.AddOptions<HelpOptions>().BindConfiguration(HelpOptions.Section).ValidateOnStart();
        s.AddSingleton<IValidateOptions<HelpOptions>, HelpOptionsValidator>();
        s.AddSingleton<RequestCards>();
        s.AddSingleton<RequestNotices>();
        s.AddSingleton<People.IPersonalData, RequestsErasure>();
        s.AddSingleton<People.IPersonalData, QuestionsErasure>();
        s.AddSingleton<TaskBoard>();
        s.AddFlow<HouseholdFlow>();
        s.AddFlow<RideFlow>();
        s.AddFlow<AidFlow>();
        s.AddFlow<MyRequestsFlow>();
        s.AddFlow<StaffRequestsFlow>();
        s.AddFlow<AssignVolunteerFlow>();
        s.AddFlow<MessageParticipantFlow>();
        s.AddFlow<RidePickupFlow>();
        s.AddFlow<HoursFlow>();
        s.AddFlow<AskFlow>();
        s.AddFlow<AnswerFlow>();
        s.AddSingleton<IMessageButtons, TaskButtons>();
        s.AddSingleton<IMessageButtons, StaffRequestButtons>();
        s.AddSingleton<IMessageButtons, VolunteerButtons>();
        s.AddSingleton<IMessageButtons, AnswerButtons>();
        s.AddSingleton<IMessageButtons, RideReminderButtons>();
        s.AddSingleton<IMenuEntry, HouseholdMenuEntry>();
        s.AddSingleton<IMenuEntry, RideMenuEntry>();
        s.AddSingleton<IMenuEntry, AidMenuEntry>();
        s.AddSingleton<IMenuEntry, MyRequestsMenuEntry>();
        s.AddSingleton<IMenuEntry, StaffRequestsMenuEntry>();
        s.AddSingleton<IMenuEntry, BecomeVolunteerMenuEntry>();
        s.AddSingleton<IMenuEntry, TasksMenuEntry>();
        s.AddSingleton<IMenuEntry, MyTasksMenuEntry>();
        s.AddSingleton<IMenuEntry, AskMenuEntry>();
        s.AddDueWork<HelpReminders>();
        return builder;
    }
}
